"""Running a Go file: analyse it, then execute it, as ``quizapp run`` does."""

from __future__ import annotations

from typing import Any

from ..analysis import Analysis, analyze
from .errors import CannotRun
from .machine import DEFAULT_MAX_STEPS, Machine, RunResult


def run_analysis(analysis: Analysis, *, args: list[str] | None = None, stdin: bytes = b"",
                 max_steps: int = DEFAULT_MAX_STEPS, stdout_sink: Any = None,
                 stderr_sink: Any = None, tracer: Any = None, strict: bool = True) -> RunResult:
    """Run an analysed program to its end (or until the interpreter must stop).

    ``strict`` refuses up front a program with a construct the front end could not
    lower, before anything is printed; otherwise the run stops where it reaches one."""
    prog = analysis.program
    if prog is None:
        raise CannotRun(None, "the file was not analysed")
    if strict and prog.unsupported:
        u = sorted(prog.unsupported, key=lambda u: (u.pos.line, u.pos.col))[0]
        return RunResult(125, b"", b"", CannotRun(u.pos, f"{u.what} (unsupported by the analyzer)"))
    m = Machine(analysis, args=args, stdin=stdin, max_steps=max_steps, tracer=tracer,
                stdout_sink=stdout_sink, stderr_sink=stderr_sink)
    return m.run()


def run_source(source: str | bytes, **kw: Any) -> RunResult:
    """Analyse and run ``source``; raises ``AnalysisError`` for invalid Go."""
    return run_analysis(analyze(source), **kw)
