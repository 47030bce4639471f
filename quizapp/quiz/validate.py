"""``quizapp pack validate``: everything that can be checked without Go.

Format and ids (``loader``), then, with the analyzer: the code parses and
type-checks, every asked site exists and is supported, pinned expectations
agree, a why-question's answer is among its choices, a lines-question's
wrong lines really are wrong, an allocs question's function runs and every
call of it allocates the same number of times (``answers.allocs_key``), a fix
question's original fails its grader and its model solution passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..worker import Limits, Worker, WorkerError
from .answers import KeyError_, answer_key, resolve, unresolved
from .errors import PackProblem
from .loader import load_packs
from .model import Pack, Question, QuestionKind, Text

DISTRACTOR_RE = re.compile(r"^\d+:\d+: \S.*$")


@dataclass
class Report:
    packs: list[Pack] = field(default_factory=list)
    problems: list[PackProblem] = field(default_factory=list)

    @property
    def questions(self) -> int:
        return sum(len(p.questions) for p in self.packs)

    def summary(self) -> str:
        return f"{len(self.packs)} packs, {self.questions} questions, {len(self.problems)} errors"


def validate(paths: list[Path], limits: Limits = Limits()) -> Report:
    """Check packs; each question's analysis runs in a worker process under ``limits``."""
    packs, problems = load_packs(paths)
    report = Report(packs, list(problems))
    ids: dict[str, Pack] = {}
    with Worker(limits) as worker:
        for pack in packs:
            if pack.id in ids:
                report.problems.append(PackProblem(str(pack.path), f"pack id {pack.id!r} is also used "
                                                   f"by {ids[pack.id].path}", None, None, "id"))
            else:
                ids[pack.id] = pack
            for q in pack.questions:
                report.problems.extend(checked_in(worker, pack, q))
    return report


def checked_in(worker: Worker, pack: Pack, q: Question) -> list[PackProblem]:
    """``check_question`` in ``worker``; a job stopped by a limit is a problem of its code."""
    if q.kind is QuestionKind.FLASHCARD and not q.code.strip():
        return []
    try:
        return worker.call(question_problems, str(pack.path), q)
    except WorkerError as exc:
        return [PackProblem(str(pack.path), f"the analysis of this code was stopped: {exc} "
                            f"(the limit is {worker.limits.describe()})", q.line, q.id, "code")]


def question_problems(file: str, q: Question) -> list[PackProblem]:
    """The worker's job: one question's problems (a module-level function, pickled by name)."""
    return check_question(Pack("", "", Text("", ""), [], "", "", [q], path=Path(file)), q)


def check_question(pack: Pack, q: Question) -> list[PackProblem]:
    f = str(pack.path)
    out: list[PackProblem] = []
    if q.kind is QuestionKind.FLASHCARD and not q.code.strip():
        return out
    if q.kind in (QuestionKind.WHY, QuestionKind.FIX) and not q.why_site.strip():
        return out      # the loader already said that `site` is missing
    try:
        key = answer_key(q)
    except KeyError_ as exc:
        return [PackProblem(f, str(exc), q.line, q.id, "code" if "compile" in str(exc) or
                            "judge" in str(exc) or "cannot be run" in str(exc) or "marker" in str(exc) else
                            "function" if q.kind is QuestionKind.ALLOCS else "sites")]
    if q.kind is QuestionKind.WHERE and not key.sites:
        out.append(PackProblem(f, "asks about no site (name some in sites = [...])", q.line, q.id, "sites"))
    assert key.analysis is not None
    for e in q.expect:
        found, bad = resolve(key.analysis, [e.site])
        if bad:
            out.append(PackProblem(f, unresolved(key.analysis, e.site), q.line, q.id, "expect"))
            continue
        actual = found[0].verdict.value  # type: ignore[union-attr]
        if actual != e.verdict:
            out.append(PackProblem(f, f"pinned {e.site} = {e.verdict}, but the analyzer (go1.27.3 "
                                   f"{q.build.value}) says {actual}", q.line, q.id, "expect"))
    if q.kind is QuestionKind.WHY:
        if key.why is None:
            out.append(PackProblem(f, f"the analyzer gives no principle for {q.why_site}", q.line,
                                   q.id, "site"))
        elif key.why not in q.choices:
            out.append(PackProblem(f, f"the answer {key.why!r} is not among the choices", q.line,
                                   q.id, "choices"))
    if q.kind is QuestionKind.FIX:
        from .fix import solution_problems
        out.extend(PackProblem(f, msg, q.line, q.id, "solution") for msg in solution_problems(q))
    if q.kind is QuestionKind.LINES:
        for d in q.distractors:
            if not DISTRACTOR_RE.match(d):
                out.append(PackProblem(f, f"wrong line {d!r} must look like 'LINE:COL: message'",
                                       q.line, q.id, "distractors"))
            elif d in key.lines:
                out.append(PackProblem(f, f"{d!r} is a line the compiler prints, not a wrong one",
                                       q.line, q.id, "distractors"))
        if not key.lines:
            out.append(PackProblem(f, "the compiler prints no line for this code", q.line, q.id, "code"))
    return out
