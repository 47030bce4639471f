"""The ``run`` command: exit statuses as design.md's table says.

The program's own status (0, ``os.Exit``'s, 2 for a panic or a deadlock);
125 with ``quizapp: ...`` on standard error when quizapp cannot run it: an
unreadable or invalid file, an unsupported construct, ``cannot run: WHAT
(FILE:LINE:COL)``, or the step budget spent.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import CannotRun, StepLimit

EXIT_CANNOT_RUN = 125


def _fail(msg: str) -> int:
    sys.stderr.write(f"quizapp: {msg}\n")
    sys.stderr.flush()
    return EXIT_CANNOT_RUN


def run_command(path: str, shown: str, args: list[str], max_steps: int) -> int:
    """``quizapp run``: ``shown`` is the path as messages print it."""
    from ..analysis import AnalysisError, analyze
    from .api import run_analysis
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return _fail(f"{path}: no such file")
    except IsADirectoryError:
        return _fail(f"{path}: is a directory, not a Go file")
    except OSError as exc:
        return _fail(f"{path}: cannot read: {exc.strerror}")
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
