"""What the sandbox shows for a text: pure data, computed in a worker process.

Nothing here imports Qt: ``analyse_text`` runs in ``quizapp.worker``'s child
process (time and memory limits, cancelled when the text changes or the app
quits), and its ``SandboxResult`` comes back pickled; the memory diagram
is then made in the app's process (``diagram_of``). A fragment without
``package``/``func main`` is wrapped before analysis; positions are mapped back.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from enum import Enum

from ..analysis import Analysis, AnalysisError, SiteKind, Verdict, analyze
from ..analysis.errors import CompileError, InvalidGo
from ..analysis.report.builds import pair_sites
from ..quiz.both_builds import compare, note
from ..quiz.compile_help import help_for
from ..quiz.model import BuildFlags
from ..quiz.spans import span
from .marks import Mark

WRAP_HEAD = "package main\n\nfunc main() {\n"
WRAP_TAIL = "\n}\n"
MAX_LINES = 50_000
DIAGRAM_MAX_LINES = 5_000
"""Longer texts get no diagram: it is made in the app's process, which would analyse them again."""
BUILD_NOTES_MAX_LINES = 1_000
"""Longer texts get no note of where the other build differs: it is a second analysis, and a
long file's answer should not wait for it."""


class NotAnalysed(Enum):
    """Why a text has no verdict at all (the view says so and claims nothing about the code)."""

    TOO_LONG = "too-long"        # more than MAX_LINES lines: refused before analysis
    TIME = "time"                # the worker's time limit stopped it
    MEMORY = "memory"            # the worker's memory limit stopped it
    FAILED = "failed"            # the worker died or the job raised: ``error`` holds the detail


class NoDiagram(Enum):
    """Why an analysed program has no diagram."""

    TOO_LONG = "too-long"        # more than DIAGRAM_MAX_LINES lines
    NOT_DRAWN = "not-drawn"      # the program cannot be run and drawn


@dataclass(frozen=True)
class BuildNote:
    """A site the other build decides otherwise: where it is (in the text as typed), and
    what that build answers and why, per interface language (``en``, ``zh``)."""

    line: int
    col: int
    name: str
    text: dict[str, str]


@dataclass
class SandboxResult:
    generation: int
    lines: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    items: list[tuple[int, int, str, str]] = field(default_factory=list)  # line, col, kind, text
    wrapped: bool = False
    error: str = ""
    not_analysed: NotAnalysed | None = None
    diagram: object = None         # filled in the app's process: a run's diagram is not pickled
    no_diagram: NoDiagram | None = None
    source_lines: list[str] = field(default_factory=list)   # the build's lines of the analysed source
    inline: bool = False                                     # the build: inlining on (-m)
    build_notes: list[BuildNote] = field(default_factory=list)
    """Where the other build differs, even where gc prints no line (a copy on the stack)."""
    errors: list[str] = field(default_factory=list)   # gc's lines when the code does not compile
    helps: dict[tuple[int, int], str] = field(default_factory=dict)   # (line, col) -> help kind
    runnable: bool = False         # analysed in the worker: a program the diagram may run
    source: str = ""               # what was analysed (the text, wrapped if it had to be)
    line_offset: int = 0


def diagram_of(res: SandboxResult) -> object:
    """The memory diagram of a text the worker analysed (None: nothing to draw).

    It runs in the app's process, off the GUI thread: the diagram keeps the
    analysis and replays the run to show a step, so it cannot be pickled. The
    worker's analysis of the same text finished within its limits; the run is
    bounded by the trace's step budget. With inlining on it is the default build's
    diagram: its placements, inlined calls merged into their callers' frames."""
    from ..diagram.layout import DiagramError
    from ..diagram.model import build
    try:
        analysis = analyze(res.source, warn_unused=res.wrapped)
        default = analyze(res.source, warn_unused=res.wrapped, inline=True) if res.inline else None
        return build(analysis, source=res.source, line_offset=res.line_offset, default=default)
    except (AnalysisError, DiagramError, RecursionError):
        return None


def token_length(text: str, line: int, col: int) -> int:
    """The length of the word or operator at a 1-based line and byte column (at least 1);
    a compiler directive (``go:noinline``) counts as one word."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return 1
    raw = lines[line - 1].encode("utf-8")[max(col - 1, 0):]
    m = re.match(rb'go:\S+|"(?:[^"\\\n]|\\.)*"?|`[^`]*`?|[A-Za-z_0-9\x80-\xff]+|:=|<-|&&|\|\||'
                 rb'[=!<>]=|\+\+|--|\S', raw)
    return len(m.group(0).decode("utf-8", "replace")) if m else 1


def _compile_marks(res: SandboxResult, text: str, errors: list[CompileError], off: int,
                   col_shift: int, kind: str) -> None:
    """gc's errors (or warnings) as items and squiggles on the learner's text."""
    for e in errors:
        line = max(1, e.pos.line - off) if e.pos.line else 1
        col = max(1, e.pos.col - col_shift) if e.pos.col else 1
        message = e.text("main.go")
        first = message.split("\n", 1)[0]
        res.items.append((line, col, kind, first))
        h = help_for(first)
        if h is not None:
            res.helps[(line, col)] = h.kind
        res.marks.append(Mark(line, col, token_length(text, line, col), tooltip=message, kind=kind))


def prepare(text: str) -> tuple[str, int, bool]:
    """The source to analyse, the line offset of the user's text in it, and whether it was wrapped."""
    stripped = text.lstrip()
    if stripped.startswith("package ") or "\npackage " in text:
        return text, 0, False
    if "func " in text and any(ln.startswith("func ") for ln in text.splitlines()):
        src = "package main\n\n" + text
        if "func main()" not in text:
            src += "\n\nfunc main() {}\n"
        return src, 2, True
    body = "\n".join("\t" + ln if ln else ln for ln in text.splitlines())
    return WRAP_HEAD + body + WRAP_TAIL, 3, True


def analyse_text(text: str, generation: int, inline: bool = False) -> SandboxResult:
    """Pure: the sandbox's view of a text (runs in a worker process), in one build."""
    res = SandboxResult(generation, inline=inline)
    if not text.strip():
        return res
    if text.count("\n") > MAX_LINES:
        res.not_analysed = NotAnalysed.TOO_LONG
        return res
    src, off, res.wrapped = prepare(text)
    col_shift = 1 if res.wrapped and off == 3 else 0
    try:
        a = analyze(src, warn_unused=res.wrapped, inline=inline)
    except InvalidGo as exc:
        res.errors = [_shift_line(ln, off, col_shift) for ln in exc.lines("./main.go")]
        _compile_marks(res, text, exc.errors, off, col_shift, "error")
        _compile_marks(res, text, exc.warnings, off, col_shift, "warning")
        return res
    except AnalysisError as exc:
        line = exc.pos.line - off
        res.items.append((line, exc.pos.col - col_shift, "error", exc.message))
        res.marks.append(Mark(line, max(1, exc.pos.col - col_shift), 1, tooltip=exc.message, kind="error"))
        return res
    _compile_marks(res, text, a.warnings, off, col_shift, "warning")
    for u in a.unsupported:
        line = u.pos.line - off
        text_ = f"unsupported: {u.what}"
        res.items.append((line, u.pos.col - col_shift, "unsupported", text_))
        res.marks.append(Mark(line, max(1, u.pos.col - col_shift), 3, tooltip=text_, kind="unsupported"))
    seen = set()
    for s in a.sites:
        if s.kind.value == "parameter" or s.key in seen:
            continue
        seen.add(s.key)
        line = s.pos.line - off
        if line < 1:
            continue
        heap = s.verdict is Verdict.HEAP
        if s.kind.value == "variable" and not heap:
            continue
        text_ = (f"moved to heap: {s.name}" if s.kind.value == "variable" else
                 f"{s.name} {'escapes to heap' if heap else 'does not escape'}")
        if s.inlined_call is not None and s.inlined_from is not None:
            text_ += f"  ({s.inlined_from[0]}, inlined)"
        res.items.append((line, s.pos.col - col_shift, "heap" if heap else "stack", text_))
        sp = span(src, s)
        end = (sp.end_line - off, max(1, sp.end_col - col_shift)) if sp is not None else None
        start = (sp.line - off, max(1, sp.col - col_shift)) if sp is not None else (line, max(1, s.pos.col - col_shift))
        res.marks.append(Mark(start[0], start[1], len(s.name) if s.name.isidentifier() else 1,
                              s.key, tooltip=text_, kind="heap" if heap else "stack", end=end))
    res.source, res.line_offset = src, off
    if src.count("\n") <= BUILD_NOTES_MAX_LINES:
        res.build_notes = build_notes(src, a, res.wrapped, inline, off, col_shift)
    if src.count("\n") > DIAGRAM_MAX_LINES:
        res.no_diagram = NoDiagram.TOO_LONG
    elif a.program is None:
        res.no_diagram = NoDiagram.NOT_DRAWN
    else:
        res.runnable = True
    res.source_lines = a.diagnostics("./main.go")
    for d in fragment_lines(res.source_lines, text):
        res.lines.append(d.removeprefix("./main.go:"))
    res.items.sort()
    return res


def build_notes(src: str, a: Analysis, wrapped: bool, inline: bool, off: int,
                col_shift: int) -> list[BuildNote]:
    """The sites of ``a`` the other build decides otherwise, each with the sentence the quiz's
    feedback uses. Nothing when the other build cannot be judged in full: a pairing with gaps
    would tell falsehoods."""
    try:
        other = analyze(src, warn_unused=wrapped, inline=not inline)
    except AnalysisError:
        return []
    if a.unsupported or other.unsupported:
        return []
    no_inline, default = (other, a) if inline else (a, other)
    pairs = pair_sites(no_inline.sites, default.sites, default.inlined)
    build = BuildFlags.DEFAULT if inline else BuildFlags.NO_INLINING
    notes: list[BuildNote] = []
    for s in a.sites:
        if s.kind is SiteKind.PARAMETER or s.pos.line - off < 1:
            continue
        c = compare(s, pairs, build)
        if c.differs:
            notes.append(BuildNote(s.pos.line - off, max(1, s.pos.col - col_shift), s.name,
                                   {lang: note(c, pairs, lang, off) for lang in ("en", "zh")}))
    return sorted(notes, key=lambda n: (n.line, n.col))


def same_program(before: str, after: str) -> bool:
    """Whether ``after`` is an edit of ``before`` rather than a new program.

    An edited program keeps its diagram's step; a new one (a paste over the
    whole text, a file opened) starts its diagram at step 1. Most lines shared
    means an edit.
    """
    if not before or not after:
        return False
    old, new = before.splitlines(), after.splitlines()
    return difflib.SequenceMatcher(None, old, new, autojunk=False).ratio() >= 0.6


def fragment_lines(lines: list[str], text: str) -> list[str]:
    """gc's lines about the wrapped ``text`` in the text's own numbering; the lines about
    the wrapper the sandbox added (``can inline main`` of a fragment) are left out."""
    _src, off, wrapped = prepare(text)
    if not wrapped:
        return list(lines)
    col_shift = 1 if off == 3 else 0
    last = len(text.splitlines())
    out = []
    for ln in lines:
        m = re.match(r"\./main\.go:(\d+):(\d+): ", ln)
        if m is not None and not 1 <= int(m.group(1)) - off <= last:
            continue
        out.append(_shift_line(ln, off, col_shift))
    return out


def _shift_line(line: str, off: int, col_shift: int) -> str:
    """One of gc's lines with the wrapper's lines and indentation taken out of its position."""
    m = re.match(r"(\t*)\./main\.go:(\d+):(\d+): (.*)", line, re.S)
    if m is None or not off:
        return line
    return f"{m.group(1)}./main.go:{int(m.group(2)) - off}:{int(m.group(3)) - col_shift}: {m.group(4)}"
