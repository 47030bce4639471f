"""Answer keys: what the analyzer says about a question's code.

Every key comes from ``quizapp.analysis``, never from the pack: a pack says
which sites it asks about, the analyzer says where they live. Keys are
cached per code text, so loading many packs stays fast.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import lru_cache

from ..analysis import Analysis, AnalysisError, BuildPairs, Site, SiteKind, analyze
from ..analysis.report.builds import pair_sites
from ..analysis.errors import InvalidGo
from .errors import QuizError
from .model import BuildFlags, Question, QuestionKind
from .runfacts import CallAllocs, RunFacts, run_facts

DEFAULT_ALLOCS = {"new", "ptrlit", "make", "slicelit", "maplit", "funclit"}
LINE_RE = re.compile(r"^\./main\.go:(\d+:\d+: .*)$")
MARKER = "// want: stack"
"""The comment that marks a fix question's site on its line (what the pack format documents)."""
MARKER_RE = re.compile(r"//\s*want:\s*stack\b")


class KeyError_(QuizError):
    """The analyzer cannot give this question an answer key (invalid or unsupported code)."""


@dataclass
class AnswerKey:
    """The graded truth for one question, in its pack's build."""

    sites: list[Site]                 # the asked sites, in source order
    lines: list[str]                  # the build's lines as LINE:COL: MESSAGE, in gc's order
    why: str | None = None            # why questions: the principle that comes first
    analysis: Analysis | None = None
    build: BuildFlags = BuildFlags.NO_INLINING
    code: str = ""
    allocs: int | None = None         # allocs questions: heap allocations per call
    calls: CallAllocs | None = None   # allocs questions: what the calls allocated, per site

    def both_builds(self) -> BuildPairs | None:
        """The sites of both builds paired (``analysis.report.builds``), or None when the other
        build cannot be judged in full (a pairing with gaps would tell falsehoods)."""
        return builds_of(self.code) if self.code.strip() else None

    def runtime(self) -> RunFacts | None:
        """What the program does at run time (run once per code text, on first use). The
        interpreter places values as ``-m -l`` decides, so a default-build key has none."""
        if self.analysis is None or not self.code.strip() or self.build.inline:
            return None
        return run_facts(self.code, self.analysis)


CACHE_SIZE = 512
_cache: OrderedDict[tuple[str, bool], Analysis | AnalysisError] = OrderedDict()
_cache_lock = threading.Lock()


def analysis_of(code: str, inline: bool = False) -> Analysis:
    """The analysis of ``code`` in one build, cached (the same object for the same question;
    failures too: a broken 50,000-line question is read once)."""
    key = (code, bool(inline))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
    if hit is None:
        try:
            hit = analyze(code, inline=bool(inline))
        except AnalysisError as exc:
            hit = exc
        with _cache_lock:
            _cache[key] = hit
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    if isinstance(hit, InvalidGo):   # a fresh exception each time, with every one of gc's errors
        raise type(hit)(hit.pos, hit.message, hit.errors, hit.too_many)
    if isinstance(hit, AnalysisError):
        raise type(hit)(hit.pos, hit.message)
    return hit


def analysed(code: str, inline: bool = False) -> bool:
    """Is the analysis of ``code`` in that build ready (so asking for it will not take time)?"""
    with _cache_lock:
        return (code, bool(inline)) in _cache


@lru_cache(maxsize=256)
def builds_of(code: str) -> BuildPairs | None:
    """Both builds of ``code``, paired; None if either cannot be judged in full. The other
    build is a note beside the graded answer: whatever stops it never stops the feedback."""
    try:
        a, b = analysis_of(code), analysis_of(code, True)
    except Exception:  # noqa: BLE001 - invalid code, or a fault of the other build's analysis
        return None
    if a.unsupported or b.unsupported:
        return None
    return pair_sites(a.sites, b.sites, b.inlined)


def site_matches(site: Site, ref: str) -> bool:
    """``x`` names a site; ``x@5`` or ``x@5:2`` pins its line (and column)."""
    name, _, where = ref.partition("@")
    if site.name != name:
        return False
    if not where:
        return True
    if ":" in where:
        return str(site.pos) == where
    return str(site.pos.line) == where


def candidate_sites(a: Analysis) -> list[Site]:
    """Variables and allocations (not parameters), one per position and name."""
    seen: set[str] = set()
    out = []
    for s in sorted(a.sites, key=lambda s: (s.pos.line, s.pos.col)):
        if s.kind is SiteKind.PARAMETER or s.key in seen:
            continue
        seen.add(s.key)
        out.append(s)
    return out


def default_sites(a: Analysis) -> list[Site]:
    """What a question asks when it does not say: taken addresses, captures, explicit allocations."""
    return [s for s in candidate_sites(a)
            if (s.kind is SiteKind.VARIABLE and (s.addrtaken or s.captured))
            or (s.kind is SiteKind.ALLOCATION and s.alloc in DEFAULT_ALLOCS)]


def resolve(a: Analysis, refs: list[str]) -> tuple[list[Site], list[str]]:
    """The sites ``refs`` name, and the refs that name none or several."""
    cands = candidate_sites(a)
    found, bad = [], []
    for ref in refs:
        m = [s for s in cands if site_matches(s, ref)]
        if len(m) != 1:
            bad.append(ref)
        else:
            found.append(m[0])
    return found, bad


def unresolved(a: Analysis, ref: str) -> str:
    """Why ``ref`` names no single site, said so that an author can fix it."""
    import difflib
    cands = candidate_sites(a)
    if not ref.strip():
        return "a site name is empty"
    m = [s for s in cands if site_matches(s, ref)]
    if len(m) > 1:
        return (f"{ref} names {len(m)} sites ({', '.join(s.key for s in m)}): add the line, "
                f"e.g. {ref.partition('@')[0]}@{m[0].pos.line}")
    names = sorted({s.name for s in cands})
    close = difflib.get_close_matches(ref.partition("@")[0], names, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close and close[0] != ref.partition("@")[0] else ""
    return f"no site named {ref} ({hint}sites: {', '.join(s.key for s in cands)})"


def marker_lines(code: str) -> list[int]:
    """The 1-based lines holding a fix question's marker comment."""
    return [i + 1 for i, ln in enumerate(code.split("\n")) if MARKER_RE.search(ln)]


def marked_sites(a: Analysis, line: int, name: str) -> list[Site]:
    """The sites called ``name`` on ``line``: a fix question's marked site, wherever edits moved it."""
    return [s for s in candidate_sites(a) if s.pos.line == line and s.name == name]


def answer_key(q: Question) -> AnswerKey:
    if q.kind is QuestionKind.FLASHCARD and not q.code.strip():
        return AnswerKey([], [])
    try:
        a = analysis_of(q.code, q.build.inline)
    except AnalysisError as exc:
        raise KeyError_("the code does not compile:\n" +
                        "\n".join("    " + ln for ln in exc.lines("./main.go"))) from None
    if a.unsupported:
        u = a.unsupported[0]
        build = " in the default build (-m)" if q.build.inline else ""
        raise KeyError_(f"the analyzer cannot judge this code{build}: {u.pos}: unsupported: {u.what}")
    lines = [m.group(1) for ln in a.diagnostics("./main.go") if (m := LINE_RE.match(ln))]
    if q.sites is not None:
        sites, bad = resolve(a, q.sites)
        if bad:
            raise KeyError_("; ".join(unresolved(a, ref) for ref in bad))
    else:
        sites = default_sites(a)
    if q.exclude_sites:
        sites = [s for s in sites if not any(site_matches(s, r) for r in q.exclude_sites)]
    why = None
    if q.kind is QuestionKind.WHY:
        found, bad = resolve(a, [q.why_site])
        if bad:
            raise KeyError_(unresolved(a, q.why_site))
        sites = found
    if q.kind is QuestionKind.FIX:
        marks = marker_lines(q.code)
        sites = marked_sites(a, marks[0], q.why_site) if len(marks) == 1 else []
        if not marks:
            raise KeyError_(f"the code has no marker {MARKER!r}: put it at the end of the line of "
                            f"the site {q.why_site}")
        if len(marks) > 1:
            raise KeyError_(f"the marker {MARKER!r} is on lines {', '.join(map(str, marks))}: keep it "
                            f"once, on the line of the site {q.why_site}")
        if not sites:
            there = [s.name for s in candidate_sites(a) if s.pos.line == marks[0]]
            raise KeyError_(f"line {marks[0]} (the marked line) has no site named {q.why_site}"
                            + (f"; its sites: {', '.join(dict.fromkeys(there))}" if there else
                               "; it has no site at all"))
    if q.build.inline:
        sites = [inlining_reason(s, builds_of(q.code)) for s in sites]
    if q.kind is QuestionKind.WHY:
        why = sites[0].reasons[0] if sites[0].reasons else None
    if q.kind is QuestionKind.ALLOCS:
        return allocs_key(q, a, lines)
    return AnswerKey(sites, lines, why, a, q.build, q.code)


def allocs_key(q: Question, a: Analysis, lines: list[str]) -> AnswerKey:
    """An allocs question's key: the allocations per call of ``q.function``, from a traced run.

    The count must be what Go's ``testing.AllocsPerRun`` measures, so it is refused when the
    run cannot say it: the function never runs, its calls differ, or it calls the standard
    library (whose own allocations the trace does not see)."""
    if q.build.inline:
        raise KeyError_("allocs questions are counted in the -m -l build: the interpreter runs "
                        "the program as -l places its values")
    facts = run_facts(q.code, a)
    if facts.error:
        raise KeyError_(f"the program cannot be run to count its allocations: {facts.error}")
    calls = facts.calls.get(q.function)
    if calls is None:
        ran = ", ".join(sorted(n for n in facts.calls if n != "main"))
        raise KeyError_(f"function {q.function!r} is never called (functions called: {ran or 'none'})")
    if calls.library:
        raise KeyError_(f"{q.function} calls the standard library ({', '.join(calls.library)}): what "
                       "it allocates inside is not traced, so the count cannot be given")
    if calls.clocked:
        raise KeyError_(f"{q.function} boxes a span of time read from the clock: whether Go "
                       "allocates for it depends on how long the real machine takes, so the count "
                       "cannot be given")
    count = calls.count()
    if count is None:
        raise KeyError_(f"the calls of {q.function} allocate different numbers of times "
                       f"({', '.join(map(str, calls.per_call))}): ask about a function whose every "
                       "call allocates the same")
    shown = [s for s in candidate_sites(a) if s.key in calls.sites and (
        s.kind is SiteKind.ALLOCATION or s.verdict.value == "heap" or calls.sites[s.key][1])]  # type: ignore[union-attr]
    return AnswerKey(shown, lines, None, a, q.build, q.code, count, calls)


def inlining_reason(site: Site, pairs: BuildPairs | None) -> Site:
    """In the default build, a site decided otherwise than with ``-l`` is explained first by
    inlining (the copy of ``&T{}`` at the inlined call stays on the stack)."""
    p = pairs.pair_of(site) if pairs is not None else None
    if p is None or p.no_inline is None or p.no_inline.verdict == site.verdict or \
            "inlining" in site.reasons:
        return site
    return replace(site, reasons=["inlining"] + list(site.reasons))
