"""``pack verify`` for fix questions: the model solution and "prints the same" against the real Go.

The analyzer's side of a fix question (the marked site's verdict before and
after, in ``-m -l``) is checked with the other questions' lines: the model
solution is compiled beside the original. This module adds what only a run
can show: the original and the model solution, built and run by go, print
the same and exit alike, and the interpreter (which the grader uses) prints
what go's binaries print.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from ..gotool import ToolchainError, build_program, comparable_output, run_program
from .answers import KeyError_, answer_key
from .fix import Output, original, run_program as interpret
from .model import Question, QuestionKind


def solution_question(q: Question) -> Question:
    """The model solution as a question of its own, asking nothing (a fix may remove the marked
    site): its answer key is the solution's compiler lines."""
    return dataclasses.replace(q, code=q.solution, kind=QuestionKind.WHERE, sites=[], exclude_sites=[])


def solution_lines(q: Question) -> list[str] | str:
    """The worker's job: the model solution's compiler lines, or why there is no key."""
    try:
        return answer_key(solution_question(q)).lines
    except KeyError_ as exc:
        return str(exc)


def interpreted(q: Question) -> tuple[Output | str, Output | str]:
    """The worker's job: the interpreter's runs of the original and of the model solution."""
    from ..analysis import AnalysisError, analyze
    try:
        before = original(q.code)[1]
    except AnalysisError as exc:
        before = f"{exc.pos}: {exc.message}"
    try:
        after = interpret(analyze(q.solution))
    except AnalysisError as exc:
        after = f"{exc.pos}: {exc.message}"
    return before, after


def _go_run(code: str, go: str) -> Output | str:
    with tempfile.TemporaryDirectory(prefix="quizapp-fix-") as tmp:
        binary = Path(tmp, "main")
        try:
            built = build_program(code, binary, go=go)
            if not built.ok:
                return "go build fails: " + " / ".join(built.lines[:3])
            res = run_program(binary)
        except ToolchainError as exc:
            return str(exc)
    out, err = comparable_output(res.stdout, res.stderr)
    return Output(out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), res.status)


def _comparable(o: Output) -> Output:
    out, err = comparable_output(o.stdout.encode(), o.stderr.encode())
    return Output(out.decode(), err.decode(), o.status)


def run_disagreements(q: Question, go: str, runs: tuple[Output | str, Output | str]) -> list[str]:
    """What go's runs of the original and the model solution say against the interpreter's."""
    out = []
    real = [_go_run(q.code, go), _go_run(q.solution, go)]
    for name, theirs, ours in zip(("the original", "the model solution"), real, runs):
        if isinstance(theirs, str):
            out.append(f"{name} cannot be run by go: {theirs}")
        elif isinstance(ours, str):
            out.append(f"{name} cannot be run by the interpreter: {ours}")
        elif _comparable(ours) != theirs:
            out.append(f"{name}: the interpreter prints {show(ours)}, go's binary {show(theirs)}")
    if not isinstance(real[0], str) and not isinstance(real[1], str) and real[0] != real[1]:
        out.append(f"the model solution prints {show(real[1])}, the original {show(real[0])}")
    return out


def show(o: Output) -> str:
    """A run in one line: its output streams and exit status."""
    return f"stdout {o.stdout!r}, stderr {o.stderr!r}, exit status {o.status}"
