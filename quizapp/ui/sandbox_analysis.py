"""What the sandbox shows for a text: pure data, computed in a worker process.

Nothing here imports Qt: ``analyse_text`` runs in ``quizapp.worker``'s child
process (time and memory limits, cancelled when the text changes or the app
quits), and its ``SandboxResult`` comes back pickled. A fragment without
``package``/``func main`` is wrapped before analysis; positions are mapped back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis import AnalysisError, Verdict, analyze
from ..analysis.api import on_deep_stack
from ..quiz.spans import span
from .marks import Mark

WRAP_HEAD = "package main\n\nfunc main() {\n"
WRAP_TAIL = "\n}\n"
MAX_LINES = 50_000


@dataclass
class SandboxResult:
    generation: int
    lines: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    items: list[tuple[int, int, str, str]] = field(default_factory=list)  # line, col, kind, text
    wrapped: bool = False
    error: str = ""
    diagram: object = None
    source_lines: list[str] = field(default_factory=list)   # the build's lines of the analysed source
    inline: bool = False                                     # the build: inlining on (-m)


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
        res.error = f"The text has more than {MAX_LINES} lines; analysis is off for it."
        return res
    src, off, res.wrapped = prepare(text)
    col_shift = 1 if res.wrapped and off == 3 else 0
    try:
        a = analyze(src, inline=inline)
    except AnalysisError as exc:
        line = exc.pos.line - off
        res.items.append((line, exc.pos.col - col_shift, "error", exc.message))
        res.marks.append(Mark(line, max(1, exc.pos.col - col_shift), 1, tooltip=exc.message, kind="error"))
        return res
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
    try:
        from ..diagram.layout import DiagramError, build
        res.diagram = on_deep_stack(build, a) if not res.wrapped or off == 2 else None
    except (DiagramError, RecursionError):
        res.diagram = None
    res.source_lines = a.diagnostics("./main.go")
    for d in res.source_lines:
        head, _, msg = d.partition(": ")
        try:
            _, ln, col = head.split(":")
            res.lines.append(f"{int(ln) - off}:{int(col) - col_shift}: {msg}")
        except ValueError:
            res.lines.append(d)
    res.items.sort()
    return res
