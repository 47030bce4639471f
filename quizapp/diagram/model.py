"""A diagram of a whole run: its trace, and the scene of any step on demand.

``build(analysis)`` runs the program (``quizapp.run``) and keeps the
trace; ``scene(i)`` lays out step ``i`` (from 0), with or without the
what-if view, and remembers it. Navigation answers the controls' questions
(the step after this call returns, the next allocation) from the trace's
step records alone, without capturing states. Pure Python: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..analysis import Analysis
from ..run.errors import CannotRun
from ..run.snapshot import StepView
from ..run.trace import DEFAULT_BUDGET, Trace, record
from .layout import DiagramError, Scene, layout_step


@dataclass
class StepTitle:
    """A step's title as a key and arguments, so the interface can word it in its language."""

    key: str                     # the trace's event: stmt, call, return, alloc, panic, unwind, exit…
    line: int
    code: str = ""               # the source line (for statements)
    name: str = ""               # the function, the site, the goroutine
    no_alloc: str = ""           # an allocation Go does not make: how it does without (run.allocs.NoAlloc)

    @property
    def alarming(self) -> bool:
        """A panic, or the program's end by one or by a deadlock: drawn in the alarm colour."""
        return self.key in ("panic", "exit")


@dataclass
class DiagramModel:
    """The diagram of one run."""

    trace: Trace
    source_lines: list[str]
    line_offset: int = 0         # lines added in front of the shown code (the sandbox's wrapper)
    scenes: dict[tuple[int, bool], Scene] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.trace.steps)

    def view(self, i: int) -> StepView:
        return self.trace.snapshot(i)

    def scene(self, i: int, what_if: bool = False) -> Scene:
        key = (i, what_if)
        s = self.scenes.get(key)
        if s is None:
            s = layout_step(self.view(i), what_if=what_if)
            if len(self.scenes) > 512:
                self.scenes.clear()
            self.scenes[key] = s
        return s

    def has_what_if(self, i: int) -> bool:
        """Would the what-if view show anything at step ``i``?"""
        return bool(self.scene(i, True).ghosts)

    def title(self, i: int) -> StepTitle:
        r = self.trace.steps[i]
        code = ""
        if 0 < r.line <= len(self.source_lines):
            code = self.source_lines[r.line - 1].strip()
        return StepTitle(r.event, r.line - self.line_offset, code, r.detail, r.no_alloc)

    def line(self, i: int) -> int:
        """The step's line in the code as shown."""
        return self.trace.steps[i].line - self.line_offset

    # ------------------------------------------------------------ navigation
    def opening_step(self) -> int:
        """The step a diagram opens on: the end of the run, at ``main``'s last statement (its
        code line highlighted) rather than its return, which draws the same memory."""
        steps = self.trace.steps
        last = len(steps) - 1
        if last > 0 and steps[last].event == "return" and steps[last].detail == "main":
            return last - 1
        return last

    def step_over(self, i: int) -> int:
        """Step over the calls of the current line: from a ``call`` step, the step after that
        call returns; from any other step, the next step of the same goroutine in the current
        frame or a caller (the calls in between run unseen). The call that starts a goroutine
        (``call main``) has nothing to return to: over it goes to the function's first step."""
        steps = self.trace.steps
        if i + 1 >= len(steps):
            return i
        r = steps[i]
        depth, g = r.depth, r.goroutine
        if r.event == "call" and depth > 1:
            for j in range(i + 1, len(steps)):
                s = steps[j]
                if s.goroutine == g and s.event == "return" and s.depth == depth:
                    return min(j + 1, len(steps) - 1)
            return len(steps) - 1
        for j in range(i + 1, len(steps)):
            s = steps[j]
            if s.goroutine == g and s.depth <= depth and s.event != "call":
                return j
        return len(steps) - 1

    def next_alloc(self, i: int) -> int:
        for j in range(i + 1, len(self.trace.steps)):
            if self.trace.steps[j].event == "alloc":
                return j
        return i

    def prev_alloc(self, i: int) -> int:
        for j in range(i - 1, -1, -1):
            if self.trace.steps[j].event == "alloc":
                return j
        return i

    @property
    def problem(self) -> str:
        """Why the run stopped early (cannot run, step budget), or ""."""
        err = self.trace.result.error
        if isinstance(err, CannotRun):
            return err.located("main.go")
        if err is not None:
            return str(err)
        if self.trace.truncated:
            return f"stopped after {self.trace.budget:,} steps"
        return ""


def build(analysis: Analysis, *, budget: int = DEFAULT_BUDGET, source: str | bytes | None = None,
          line_offset: int = 0, stdin: bytes = b"", default: Analysis | None = None) -> DiagramModel:
    """Run the analysed program and make its diagram; ``DiagramError`` when nothing ran.

    With ``default`` (the file analysed with inlining on) it is the default build's diagram."""
    if analysis.program is None:
        raise DiagramError("no program to draw")
    trace = record(analysis, budget=budget, stdin=stdin, default=default)
    if not trace.steps:
        err = trace.result.error
        raise DiagramError(str(err) if err is not None else "the program took no step")
    text = source.decode("utf-8", "replace") if isinstance(source, bytes) else (source or "")
    return DiagramModel(trace, text.split("\n"), line_offset)
