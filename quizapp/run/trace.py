"""Traces: every step of a run, and the full state of the program at any of them.

A *step* is a statement starting, a loop going round, a call, a return, an
allocation, a channel operation or a switch to another goroutine. A run
records each step lightly (position, event, goroutine, how much output so
far). The full state at a step (goroutines, frames, variables, heap
objects and the pointers between them, see ``snapshot``) is captured by
running the program again and stopping at that step: the interpreter is
deterministic, so the second run passes through exactly the same steps,
and capturing only the steps someone looks at keeps long traces cheap.
Steps near the requested one are captured in the same run and kept.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable

from ..analysis import Analysis
from ..analysis.errors import Pos
from .errors import RunError, StepLimit, StopRun
from .machine import Machine, RunResult

DEFAULT_BUDGET = 10_000
WINDOW = 400
"""At most this many steps are captured around a requested one (every step of a trace this short)."""
FIRST_WINDOW = 16
FIRST_FRAMES = 256
"""The first capture, before its cost is known, takes ``FIRST_WINDOW`` steps, fewer on a deep stack."""
CAPTURE_SECONDS = 0.25
"""What a capture may cost, beyond the replay up to its window."""


class Event:
    """The kinds of step (closed set, as strings in the JSON)."""

    STMT = "stmt"
    LOOP = "loop"
    CALL = "call"
    RETURN = "return"
    ALLOC = "alloc"
    SEND = "send"
    RECV = "recv"
    CLOSE = "close"
    SELECT = "select"
    GO = "go"
    SWITCH = "switch"
    PANIC = "panic"
    UNWIND = "unwind"        # a panic leaves a frame: it returns nothing
    EXIT = "exit"            # the program ends with Go's fatal message (a panic, a deadlock)


@dataclass(slots=True)
class StepRecord:
    """One step, as recorded during the run."""

    line: int
    col: int
    event: str
    goroutine: int
    stdout: int                       # bytes of standard output written so far
    stderr: int
    detail: str = ""                  # the function called, the site allocated...
    depth: int = 0                    # frames on the goroutine's stack
    no_alloc: str = ""                # an alloc step Go makes nothing for: how (allocs.NoAlloc)


class BudgetSpent(StepLimit):
    """The trace reached its step budget."""


class Tracer:
    """Records steps; in capture mode also snapshots the chosen ones."""

    def __init__(self, budget: int, capture: Callable[[int], bool] | None = None) -> None:
        self.budget = budget
        self.steps: list[StepRecord] = []
        self.capture = capture
        self.snapshots: dict[int, Any] = {}
        self.m: Machine | None = None
        self.next_frame = 0
        self.registry: Any = None
        self.stop_after: int | None = None
        self.panic_frames: dict[int, list] = {}   # goroutine id -> its frames when it last panicked
        self.stmt_start: dict[int, int] = {}     # frame id -> step at which its statement began
        self.combined: tuple[int, int, int, str] | None = None   # see allocs.combine_small
        self.no_alloc = ""           # the next step's ``StepRecord.no_alloc``

    def attach(self, m: Machine) -> None:
        from .registry import Registry
        from .snapshot import StaticHeads
        self.m = m
        self.registry = Registry(m)
        self.static_heads = StaticHeads(m, self.registry)
        m.sched.tracer = self  # type: ignore[attr-defined]
        m.chans.tracer = self  # type: ignore[attr-defined]

    def new_frame_id(self) -> int:
        self.next_frame += 1
        return self.next_frame

    # ------------------------------------------------------------ events
    def record(self, pos: Pos | None, event: str, detail: str = "", g: Any = None) -> None:
        m = self.m
        assert m is not None
        g = g or m.sched.current
        line, col = (pos.line, pos.col) if pos is not None else (0, 0)
        n = len(self.steps)
        if n >= self.budget:
            raise BudgetSpent(self.budget)
        self.static_heads.note()
        self.steps.append(StepRecord(line, col, event, g.id if g is not None else 0,
                                     len(m.out.stdout), len(m.out.stderr), detail,
                                     len(g.frames) if g is not None else 0, self.no_alloc))
        self.no_alloc = ""
        if self.capture is not None and self.capture(n):
            from .snapshot import capture
            self.snapshots[n] = capture(m, self, n, self.steps[n])
            if self.stop_after is not None and n >= self.stop_after:
                raise StopRun()

    def on_step(self, fr: Any, pos: Pos, kind: str) -> None:
        self.stmt_start[fr.id] = len(self.steps)
        t = fr.t
        if t:               # what the last statement computed first is dead now: not a root
            held = fr.code.held
            for k in range(len(t)):
                if k not in held:
                    t[k] = None
        self.record(pos, Event.LOOP if kind == "loop" else Event.STMT, g=fr.g)

    def on_call(self, fr: Any) -> None:
        moved = self.registry.frame_entered(fr)
        self.record(fr.code.fn.pos, Event.CALL, fr.code.name, g=fr.g)
        for v in moved:          # parameters and results moved to the heap: allocated on entry
            self.record(v.pos, Event.ALLOC, v.name, g=fr.g)

    def on_declare(self, fr: Any, v: Any, cell: list) -> None:
        """A variable's declaration ran: a moved one is a new heap object (``new`` in gc)."""
        info = self.registry.var_cell(fr, v, cell)
        if info.verdict == "heap":
            from .allocs import combine_small
            self.combined = combine_small(self.combined, info, fr.id, len(self.steps))
            self.record(v.pos, Event.ALLOC, v.name, g=fr.g)

    def on_leave(self, fr: Any, left: Any) -> None:
        """A frame goes (``frames.Left``): a return or an unwinding step; nothing when the run
        stops under it (os.Exit, a deadlock: the run's last step says so)."""
        from .frames import Left
        try:
            if left is Left.RETURNED:
                self.record(fr.pos, Event.RETURN, fr.code.name, g=fr.g)
            elif left is Left.UNWOUND:
                self.record(fr.pos, Event.UNWIND, fr.code.name, g=fr.g)
        finally:
            self.registry.frame_left(fr)

    def on_deadlock(self) -> None:
        """Every goroutine is blocked: the last step, with their stacks as they wait (once:
        from the innermost frame the deadlock leaves, or from the scheduler without one)."""
        if self.steps and self.steps[-1].event == Event.EXIT:
            return
        self.record(self._pos(), Event.EXIT, "fatal error: all goroutines are asleep - deadlock!")

    def on_crash(self, report: bytes, g: Any) -> None:
        """An unrecovered panic ends the program (after ``report`` went to stderr): the last
        step, at the panic's line. Go prints its report with the panicking goroutine's
        frames still on the stack (the report names them), so the step draws them as the
        panic found them, though the interpreter has unwound them by now."""
        first = report.decode("utf-8", "replace").split("\n", 1)[0]
        where = next((s for s in reversed(self.steps) if s.event == Event.PANIC), None)
        pos = Pos(where.line, where.col) if where is not None else None
        held = g.frames
        g.frames = self.panic_frames.get(g.id, held)
        try:
            self.record(pos, Event.EXIT, first, g=g)
        except (BudgetSpent, StopRun):
            pass                 # the run ends here anyway
        finally:
            g.frames = held

    def on_panic(self, fr: Any, p: Any) -> None:
        """A panic starts unwinding ``fr``: one step, before any deferred call runs."""
        from .panicprint import panic_value_line
        self.panic_frames[fr.g.id] = list(fr.g.frames)
        self.record(fr.pos, Event.PANIC, panic_value_line(p), g=fr.g)

    def alloc_hook(self, node: Any) -> Callable[[Any, Any], None]:
        reg = self.registry
        pos = node.pos
        site = self.m.placement.site(node) if self.m is not None else None
        if site is not None:
            detail = site.name + (", boxed" if site.alloc == "box" else "")    # as the object's label
        else:                    # memory gc reports no site for (a channel's make)
            from .registry import _node_label
            detail = _node_label(node)

        from .allocs import no_alloc

        def hook(fr: Any, obj: Any, stack_buffer: bool = False) -> None:
            info = reg.allocated(fr, node, obj, stack_buffer)
            if info is not None and info.step == len(self.steps):     # made by this step
                self.no_alloc = no_alloc(info.note)
            self.record(pos, Event.ALLOC, detail, g=fr.g if fr.g is not None else None)
        return hook

    def made_by_runtime(self, fr: Any, node: Any, container: Any, t: Any, label: str,
                        note: str) -> None:
        """Memory the runtime allocated for a statement: an object and an allocation step."""
        self.registry.made_by_runtime(fr, node, container, t, label, note)
        self.record(node.pos, Event.ALLOC, label, g=fr.g)

    def on_chan(self, op: str, pos: Pos | None, ch: Any = None, v: Any = None) -> None:
        """A channel operation; a send's detail is the value sent, as %+v prints it."""
        detail = ""
        if op == Event.SEND and ch is not None:
            from .valuetext import ValueText
            detail = ValueText(self.registry).show(ch.elem, v)
        self.record(pos or self._pos(), op, detail)

    def on_switch(self, g: Any) -> None:
        self.record(self._pos(g), Event.SWITCH, f"goroutine {g.id}", g=g)

    def on_spawn(self, g: Any) -> None:
        self.record(g.created_at, Event.GO, f"goroutine {g.id}")

    def on_goroutine_end(self, g: Any) -> None:
        pass

    def on_end(self, res: RunResult) -> None:
        pass

    def _pos(self, g: Any = None) -> Pos | None:
        m = self.m
        g = g or (m.sched.current if m is not None else None)
        if g is None or not g.frames:
            return None
        return g.frames[-1].pos


@dataclass
class Trace:
    """A recorded run: its steps, how it ended, and snapshots on demand."""

    analysis: Analysis
    steps: list[StepRecord]
    result: RunResult
    truncated: bool
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[int, Any] = field(default_factory=dict)
    mode: str = "-l"
    budget: int = DEFAULT_BUDGET
    capture_cost: float | None = None       # seconds per captured step, as last measured

    @property
    def stdout(self) -> bytes:
        return self.result.stdout

    @property
    def stderr(self) -> bytes:
        return self.result.stderr

    def snapshot(self, i: int) -> Any:
        """The full state at step ``i`` (0-based)."""
        if not 0 <= i < len(self.steps):
            raise IndexError(i)
        got = self.cache.get(i)
        if got is None:
            size = self._window(i)
            lo = max(0, i - size // 2) if len(self.steps) > size else 0
            hi = min(len(self.steps), lo + size)
            t0 = time.perf_counter()
            res = self.capture(lambda n: lo <= n < hi, stop_after=hi - 1)
            self.capture_cost = (time.perf_counter() - t0) / (hi - lo)
            got = self.cache.get(i)
            if got is None:      # the replay went another way: say so, never show a wrong state
                raise RunError(f"step {i + 1} could not be shown"
                               + (f": {res.error}" if res.error is not None else ""))
        return got

    def _window(self, i: int) -> int:
        """How many steps to capture around step ``i``: up to ``WINDOW``, fewer when capturing
        is slow (a deep recursion, big arrays), so that a step shows quickly."""
        if self.capture_cost is None:        # not measured yet: guess from the stack's depth
            return max(1, min(FIRST_WINDOW, FIRST_FRAMES // max(self.steps[i].depth, 1)))
        return max(1, min(WINDOW, int(CAPTURE_SECONDS / max(self.capture_cost, 1e-6))))

    def capture(self, which: Callable[[int], bool], stop_after: int | None = None) -> RunResult:
        """Run again, keeping the snapshots of the steps ``which`` selects."""
        tracer = Tracer(len(self.steps) + 1, capture=which)
        tracer.stop_after = stop_after
        m = Machine(self.analysis, tracer=tracer, **self.options)
        res = m.run()
        self.cache.update(tracer.snapshots)
        return res

    def all_snapshots(self) -> list[Any]:
        missing = [i for i in range(len(self.steps)) if i not in self.cache]
        if missing:
            res = self.capture(lambda n: n not in self.cache)
            if any(i not in self.cache for i in missing):
                raise RunError("the run could not be replayed to its end"
                               + (f": {res.error}" if res.error is not None else ""))
        return [self.cache[i] for i in range(len(self.steps))]


def record(analysis: Analysis, *, budget: int = DEFAULT_BUDGET, args: list[str] | None = None,
           stdin: bytes = b"", max_steps: int = 50_000_000, default: Analysis | None = None) -> Trace:
    """Run ``analysis``'s program, recording up to ``budget`` steps.

    With ``default`` (the same file analysed with inlining on) the trace is of the
    default build: its placements, and the frames of the calls it inlines marked."""
    options: dict[str, Any] = {"args": args, "stdin": stdin, "max_steps": max_steps, "default": default}
    last = budget - 1          # a run that spends the budget ends there: its state is kept now,
    tracer = Tracer(budget, capture=lambda n: n == last)   # not replayed when it is shown
    m = Machine(analysis, tracer=tracer, **options)
    res = m.run()
    truncated = isinstance(res.error, BudgetSpent)
    if truncated:
        res.error = None
    return Trace(analysis, tracer.steps, res, truncated, options, cache=dict(tracer.snapshots),
                 mode="-l" if default is None else "-m", budget=budget)


__all__ = ["Trace", "Tracer", "StepRecord", "Event", "record", "RunError"]


def _native_call(self: Tracer, code: Any, g: Any, args: list, inlined_at: Any = None) -> Any:
    """A library call while tracing: a frame of its own, so the diagram shows what it was given."""
    from .frames import Frame
    from .values import is_aggregate
    if not g.frames:          # the runtime itself (a panic's message): not a step of the program
        return code.impl(code.m, args)
    fr = Frame(code, g, None)
    params = code.vars
    fr.v = [a if i < len(params) and isinstance(a, list) and is_aggregate(params[i].type) else [a]
            for i, a in enumerate(args)]       # a struct or array is its own cell, as in frames
    fr.id = self.new_frame_id()
    fr.inlined_at = inlined_at
    fr.pos = g.frames[-1].pos if g.frames else code.fn.pos
    g.frames.append(fr)
    try:
        self.record(fr.pos, Event.CALL, code.name, g=g)
        return code.impl(code.m, args)
    finally:
        g.frames.pop()


Tracer.native_call = _native_call  # type: ignore[attr-defined]
