"""Grading a ``fix`` question: the learner's edit of the code, judged by the analyzer and the interpreter.

A fix question marks one site with a comment on its line, ``// want: stack``,
and names it (``site = "NAME"``). An edit passes when, in order of the checks:

1. it compiles (otherwise gc's messages, as ``go build`` prints them);
2. the marker is still there, exactly once (the learner may move lines: the
   marker travels with its line);
3. the analyzer can judge it (an ``unsupported`` construct is "cannot judge",
   never a pass);
4. the marked line still holds code (deleting the site is not a fix), and
   every site called NAME on it is on the stack (a fix may also remove the
   site, as printing with ``strconv`` removes an interface box);
5. the program makes fewer heap decisions than the original (an escape moved
   to another line or renamed is not a fix);
6. run by the interpreter, it prints the same standard output and standard
   error and exits with the same status as the original.

Checks 4 to 6 are all reported, so the learner sees every reason at once; a
run the interpreter cannot finish makes the edit "cannot judge" unless an
earlier check already failed it. The result is plain data (both languages'
sentences computed here), so it crosses a worker process and is stored with
the answer as JSON.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from enum import Enum
from functools import lru_cache

from ..analysis import Analysis, AnalysisError, Site, Verdict, analyze
from ..analysis.errors import InvalidGo
from ..analysis.types import model as T
from ..worker import Limits, Worker, WorkerError
from .answers import MARKER, MARKER_RE, candidate_sites, marked_sites, marker_lines
from .compile_help import help_for
from .explain import flow_sentences, verdict_sentence
from .model import Question

MAX_STEPS = 5_000_000
"""The interpreter's budget for one run of a fix (the pack programs need a few thousand steps)."""
LIMITS = Limits(seconds=30.0, memory=1024 ** 3)
"""What one check may cost in its worker process: a learner's edit may loop or allocate forever."""
HEAP_LINE = re.compile(r"^\./main\.go:(\d+:\d+: .*(moved to heap|escapes to heap).*)$")
LANGS = ("en", "zh")


class FixOutcome(str, Enum):
    """Why an edit passes or not; the order is the order of the checks."""

    PASSED = "passed"
    DOES_NOT_COMPILE = "does-not-compile"
    MARKER_MISSING = "marker-missing"
    CANNOT_JUDGE = "cannot-judge"
    SITE_GONE = "site-gone"            # the marked line holds no code any more: the site was deleted
    ESCAPES = "escapes"                # the marked site is still on the heap
    MOVED = "moved"                    # the site stays, but the heap decisions did not go down
    OUTPUT_DIFFERS = "output-differs"


JUDGED = frozenset({FixOutcome.PASSED, FixOutcome.SITE_GONE, FixOutcome.ESCAPES, FixOutcome.MOVED,
                    FixOutcome.OUTPUT_DIFFERS})
"""Outcomes that judge the learner's fix; the others ask for another edit and grade nothing."""


@dataclass
class Output:
    """What a run printed and how it ended (text decoded leniently, for showing)."""

    stdout: str
    stderr: str
    status: int


@dataclass
class FixResult:
    """The verdict on one edit: the first failing check, every failing check, and their evidence."""

    outcome: FixOutcome
    failures: list[FixOutcome] = field(default_factory=list)
    line: int | None = None                    # the marker's line in the edit
    errors: list[str] = field(default_factory=list)          # gc's messages (does not compile)
    error_help: dict[str, str] = field(default_factory=dict)  # lang -> what the first error means
    why: dict[str, list[str]] = field(default_factory=dict)   # lang -> sentence and flow (escapes)
    site_lines: list[str] = field(default_factory=list)      # gc's lines about the marked site
    heap_lines: list[str] = field(default_factory=list)      # the edit's heap decisions (moved)
    heap_before: int = 0
    heap_after: int = 0
    gone: bool = False                         # no site of the marked name is left on the marked line
    expected: Output | None = None             # the original program's run
    got: Output | None = None                  # the edit's run
    detail: str = ""                           # cannot judge: what stopped the judge
    markers: int = 1

    @property
    def passed(self) -> bool:
        return self.outcome is FixOutcome.PASSED

    @property
    def judged(self) -> bool:
        """Is this an attempt at the question (graded and recorded), not a request for another edit?"""
        return self.outcome in JUDGED

    def to_dict(self) -> dict:
        d = asdict(self)
        d["outcome"] = self.outcome.value
        d["failures"] = [f.value for f in self.failures]
        return d

    @classmethod
    def unchecked(cls) -> FixResult:
        """No edit was judged (time ran out first): graded as not fixed."""
        return cls(FixOutcome.CANNOT_JUDGE, [FixOutcome.CANNOT_JUDGE], detail="no edit was checked")

    @classmethod
    def from_dict(cls, d: dict) -> FixResult:
        """The result stored with an answer; unknown or damaged fields give a "cannot judge" result."""
        try:
            out = cls(**{**d, "outcome": FixOutcome(d["outcome"]),
                         "failures": [FixOutcome(f) for f in d.get("failures", [])]})
            out.expected = Output(**d["expected"]) if d.get("expected") else None
            out.got = Output(**d["got"]) if d.get("got") else None
            return out
        except (KeyError, TypeError, ValueError):
            return cls(FixOutcome.CANNOT_JUDGE, detail="the stored result could not be read")


def line_code(code: str, line: int) -> str:
    """The code on ``line`` without the marker comment (empty: the site was deleted)."""
    text = code.split("\n")[line - 1]
    return MARKER_RE.split(text, 1)[0].strip()


def heap_sites(a: Analysis) -> list[Site]:
    """The variables and allocations gc puts on the heap (what "allocates less" counts)."""
    return [s for s in candidate_sites(a) if s.verdict is Verdict.HEAP]


def heap_lines(a: Analysis) -> list[str]:
    """The lines where gc says ``moved to heap`` or ``escapes to heap``, as LINE:COL: MESSAGE."""
    return [m.group(1) for ln in a.diagnostics("./main.go") if (m := HEAP_LINE.match(ln))]


def _site_lines(a: Analysis, sites: list[Site]) -> list[str]:
    at = {f"{s.pos.line}:{s.pos.col}:" for s in sites}
    return [m.group(1) for ln in a.diagnostics("./main.go")
            if (m := re.match(r"^\./main\.go:(.*)$", ln)) and any(m.group(1).startswith(p) for p in at)]


def _output(res: object) -> Output:
    return Output(res.stdout.decode("utf-8", "replace"), res.stderr.decode("utf-8", "replace"),  # type: ignore[attr-defined]
                  res.status)  # type: ignore[attr-defined]


def run_program(a: Analysis) -> Output | str:
    """The program's output under the interpreter, or why it could not be run to its end."""
    from ..run.api import run_analysis
    try:
        res = run_analysis(a, max_steps=MAX_STEPS)
    except Exception as exc:  # noqa: BLE001 - the interpreter's fault is "cannot judge", never a pass
        return f"the interpreter failed: {type(exc).__name__}: {exc}"
    if res.error is not None:
        err = res.error
        located = getattr(err, "located", None)
        return located("main.go") if callable(located) else str(err)
    return _output(res)


@lru_cache(maxsize=64)
def original(code: str, inline: bool = False) -> tuple[Analysis, Output | str]:
    """The question's own program: its analysis in the pack's build and its run (cached: every
    check compares with it). The run is the same in both builds; it uses the ``-l`` analysis."""
    from .answers import analysis_of
    return analysis_of(code, inline), run_program(analysis_of(code))


def judged(edited: str, inline: bool) -> tuple[Analysis, Analysis]:
    """The edit analysed for running (``-l``) and for judging (the pack's build)."""
    a = analyze(edited)
    return a, (analyze(edited, inline=True) if inline else a)


def grade_fix(q: Question, edited: str) -> FixResult:
    """Judge ``edited`` against question ``q`` in its pack's build (checks in the order the module
    docstring gives)."""
    try:
        runnable, a = judged(edited, q.build.inline)
    except InvalidGo as exc:
        first = exc.errors[0].message if exc.errors else exc.message
        h = help_for(first)
        return FixResult(FixOutcome.DOES_NOT_COMPILE, [FixOutcome.DOES_NOT_COMPILE],
                         errors=exc.lines("./main.go"),
                         error_help={lang: h.text(lang) for lang in LANGS} if h else {})
    except AnalysisError as exc:
        return FixResult(FixOutcome.CANNOT_JUDGE, [FixOutcome.CANNOT_JUDGE],
                         detail=f"{exc.pos}: {exc.message}")
    marks = marker_lines(edited)
    if len(marks) != 1:
        return FixResult(FixOutcome.MARKER_MISSING, [FixOutcome.MARKER_MISSING], markers=len(marks))
    line = marks[0]
    if a.unsupported or runnable.unsupported:
        u = (a.unsupported or runnable.unsupported)[0]
        return FixResult(FixOutcome.CANNOT_JUDGE, [FixOutcome.CANNOT_JUDGE], line=line,
                         detail=f"{u.pos}: unsupported: {u.what}")
    try:
        base, want = original(q.code, q.build.inline)
    except AnalysisError as exc:
        return FixResult(FixOutcome.CANNOT_JUDGE, [FixOutcome.CANNOT_JUDGE], line=line,
                         detail=f"the question's own code cannot be analysed: {exc.pos}: {exc.message}")
    result = FixResult(FixOutcome.PASSED, line=line, heap_before=len(heap_sites(base)),
                       heap_after=len(heap_sites(a)))
    sites = marked_sites(a, line, q.why_site)
    result.gone = not sites
    escaping = [s for s in sites if s.verdict is Verdict.HEAP]
    if not line_code(edited, line):
        result.failures.append(FixOutcome.SITE_GONE)
    elif escaping:
        result.failures.append(FixOutcome.ESCAPES)
        result.site_lines = _site_lines(a, escaping)
        result.why = {lang: [verdict_sentence(escaping[0], lang, edited, a.sites),
                             *flow_sentences(escaping[0], lang)] for lang in LANGS}
    elif result.heap_after >= result.heap_before or (result.gone and _reappears(base, a, q)):
        result.failures.append(FixOutcome.MOVED)
        result.heap_lines = heap_lines(a)
    got = run_program(runnable)
    if isinstance(want, str) or isinstance(got, str):
        if not result.failures:
            result.failures.append(FixOutcome.CANNOT_JUDGE)
            result.detail = (f"the question's own program cannot be run: {want}" if isinstance(want, str)
                             else f"your program cannot be run to its end: {got}")
    else:
        result.expected, result.got = want, got
        if got != want:
            result.failures.append(FixOutcome.OUTPUT_DIFFERS)
    result.outcome = result.failures[0] if result.failures else FixOutcome.PASSED
    return result


def made(site: Site) -> str:
    """What a site puts in memory, as a type: a variable's type, what ``new``/``&T{}`` points to,
    a box's value, otherwise the allocation's own type."""
    node = site.node
    t = getattr(node, "type", None)
    if t is None:
        return site.name
    if site.alloc in ("new", "ptrlit") and t.is_pointer():
        t = t.under.elem
    elif site.alloc == "box" and getattr(node, "x", None) is not None:
        t = node.x.type
    return T.type_string(t)


def _reappears(base: Analysis, edited: Analysis, q: Question) -> bool:
    """With the marked site gone from its line, does what it allocated escape elsewhere? The
    edit's heap sites making the same type are as many as the original's: the allocation
    moved (``p := &T{}; return p`` rewritten as ``return &T{}``), it did not go away."""
    marks = marker_lines(q.code)
    gone = marked_sites(base, marks[0], q.why_site) if len(marks) == 1 else []
    kinds = {made(s) for s in gone if s.verdict is Verdict.HEAP}
    for kind in kinds:
        before = sum(1 for s in heap_sites(base) if made(s) == kind)
        if sum(1 for s in heap_sites(edited) if made(s) == kind) >= before:
            return True
    return False


def fix_job(q: Question, edited: str) -> FixResult:
    """The worker's job (a module-level function, pickled by name)."""
    return grade_fix(q, edited)


def grade_in(worker: Worker, q: Question, edited: str) -> FixResult:
    """``grade_fix`` in ``worker``: a job stopped by a limit, or failing, cannot judge the edit."""
    try:
        return worker.call(fix_job, q, edited)
    except WorkerError as exc:
        return FixResult(FixOutcome.CANNOT_JUDGE, [FixOutcome.CANNOT_JUDGE],
                         detail=f"the check was stopped: {exc} (the limit is {worker.limits.describe()})")


def solution_problems(q: Question) -> list[str]:
    """What ``pack validate`` says about a fix question: the model solution must pass, the original
    must fail (for a judged reason) and hold the marked site on the heap."""
    out = []
    marks = marker_lines(q.code)
    if len(marks) != 1:
        return [f"the code must hold the marker {MARKER!r} exactly once (found {len(marks)})"]
    if not q.solution.strip():
        return ["a fix question needs a model solution (solution = \"\"\"...\"\"\")"]
    before = grade_fix(q, q.code)
    if before.outcome is not FixOutcome.ESCAPES:
        out.append(f"the original code must fail with the marked site on the heap, but the grader says "
                   f"{describe(before)}")
    after = grade_fix(q, q.solution)
    if not after.passed:
        out.append(f"the model solution does not pass: {describe(after)}")
    return out


def describe(r: FixResult) -> str:
    """A result in one line of English, for the command line (pack validate, pack show)."""
    if r.passed:
        return "passed"
    words = {FixOutcome.DOES_NOT_COMPILE: "does not compile: " + " / ".join(r.errors[:3]),
             FixOutcome.MARKER_MISSING: f"the marker {MARKER!r} appears {r.markers} times (once is needed)",
             FixOutcome.CANNOT_JUDGE: f"cannot judge: {r.detail}",
             FixOutcome.SITE_GONE: f"the marked line {r.line} holds no code any more (the site was deleted)",
             FixOutcome.ESCAPES: "the marked site is still on the heap (" + "; ".join(r.site_lines) + ")",
             FixOutcome.MOVED: (f"the marked site is gone but what it allocated escapes elsewhere ({decisions(r.heap_after)}, "
                                f"the original had {r.heap_before})" if r.gone else
                                f"{decisions(r.heap_after)}, the original had {r.heap_before}"),
             FixOutcome.OUTPUT_DIFFERS: "the output differs from the original's"}
    return "; ".join(words[f] for f in r.failures or [r.outcome])


def decisions(n: int) -> str:
    return f"{n} heap decision" if n == 1 else f"{n} heap decisions"


def show_lines(q: Question) -> list[str]:
    """What ``pack show`` prints for a fix question after the original's key: the model solution's
    verdict from the grader, its heap decisions and its output."""
    marks = marker_lines(q.code)
    out = [f"fix: {q.why_site} on line {marks[0] if marks else '?'} must stay on the stack ({MARKER})"]
    after = grade_fix(q, q.solution)
    out.append(f"model solution: {describe(after)} ({decisions(after.heap_before)} before, "
               f"{after.heap_after} after)")
    if after.got is not None:
        out.append(f"both print: {after.got.stdout!r}" + (f", stderr {after.got.stderr!r}" if after.got.stderr
                                                           else "") + f", exit status {after.got.status}")
    try:
        lines = heap_lines(analyze(q.solution, inline=q.build.inline))
    except AnalysisError:
        lines = []
    out.extend(f"solution | {ln}" for ln in lines)
    return out
