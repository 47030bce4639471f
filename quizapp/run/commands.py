"""The ``run`` command: exit statuses as design.md's table says.

The program's own status (0, ``os.Exit``'s, 2 for a panic or a deadlock);
125 with ``quizapp: ...`` on standard error when quizapp cannot run it: an
unreadable or invalid file, an unsupported construct, ``cannot run: WHAT
(FILE:LINE:COL)``, or the step budget spent.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .errors import CannotRun, StepLimit
from .output import SIGPIPE_STATUS

EXIT_CANNOT_RUN = 125


def _fail(msg: str) -> int:
    sys.stderr.write(f"quizapp: {msg}\n")
    sys.stderr.flush()
    return EXIT_CANNOT_RUN


def _quiet_streams() -> None:
    """The reader of our output went away: nothing more can be written (not even at exit)."""
    import os
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):
            pass


def run_command(data: bytes | str, shown: str, args: list[str], max_steps: int) -> int:
    """``quizapp run``: ``data`` is the file's bytes or why it could not be read;
    ``shown`` is the path as messages print it."""
    from ..analysis import AnalysisError, analyze
    from .api import run_analysis
    if isinstance(data, str):
        return _fail(data)
    if max_steps <= 0:
        return _fail("--max-steps must be a positive number of steps")
    try:
        analysis = analyze(data)
    except AnalysisError as exc:
        return _fail(f"{shown}:{exc.pos}: {exc.message}")
    stdin = b"" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.buffer.read()
    result = run_analysis(analysis, args=args, stdin=stdin, max_steps=max_steps,
                          stdout_sink=sys.stdout.buffer, stderr_sink=sys.stderr.buffer)
    err = result.error
    if err is None:
        if result.status == SIGPIPE_STATUS:
            _quiet_streams()
        return result.status
    if isinstance(err, CannotRun):
        return _fail(err.located(shown))
    if isinstance(err, StepLimit):
        return _fail(f"{err} (raise it with --max-steps)")
    detail = getattr(err, "detail", "")
    if detail:
        import logging
        logging.getLogger("quizapp.run").error("%s", detail)
    return _fail(str(err))


EXIT_OK, EXIT_BAD, EXIT_UNSUPPORTED = 0, 2, 3


def trace_command(data: bytes, shown: str, out: str | None, budget: int, args: list[str],
                  inline: bool = False) -> int:
    """``quizapp trace FILE.go --json``: 0 written, 2 bad input or output, 3 partly traced;
    with ``inline``, placed as the default build places memory (``mode`` ``-m``)."""
    import json
    from ..analysis import AnalysisError, analyze
    from .trace import record
    from .tracejson import trace_json

    def fail(msg: str) -> int:
        sys.stderr.write(f"quizapp trace: {msg}\n")
        return EXIT_BAD
    if budget <= 0:
        return fail("--budget must be a positive number of steps")
    try:
        analysis = analyze(data)
        default = analyze(data, inline=True) if inline else None
    except AnalysisError as exc:
        sys.stderr.writelines(line + "\n" for line in exc.lines(shown))
        return EXIT_BAD
    stdin = b"" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.buffer.read()
    trace = record(analysis, budget=budget, args=args, stdin=stdin, default=default)
    doc = trace_json(trace, shown)
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if out is None or out == "-":
        sys.stdout.write(text)
    else:
        try:
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            return fail(f"{out}: cannot write: {exc.strerror or exc}")
    unsupported = _unsupported(analysis, default)
    for u in unsupported:
        sys.stderr.write(f"{shown}:{u.pos}: unsupported: {u.what}\n")
    if doc["error"]:
        sys.stderr.write(f"quizapp trace: {doc['error']}\n")
    if trace.truncated:
        sys.stderr.write(f"quizapp trace: stopped after {budget:,} steps (raise it with --budget)\n")
    return EXIT_UNSUPPORTED if unsupported or doc["error"] else EXIT_OK


def _unsupported(analysis: Any, default: Any) -> list[Any]:
    """What either analysis of the run could not judge, each position once."""
    seen: dict[tuple[int, int, str], Any] = {}
    for u in [*analysis.unsupported, *(default.unsupported if default is not None else [])]:
        seen.setdefault((u.pos.line, u.pos.col, u.what), u)
    return list(seen.values())
