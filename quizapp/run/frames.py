"""Goroutines, frames and compiled functions: the interpreter's call machinery.

A function is compiled once into a ``Code``: a Python closure for its body
plus the slots of its variables. Calling it makes a ``Frame`` (one cell per
variable, the closure's captured cells in ``env``), pushes it on the
goroutine's stack and runs the body. Deferred calls, ``panic`` and
``recover`` follow Go's rules here: a panic unwinds frame by frame, each
frame running its deferred calls; a deferred function called directly by
that unwinding may ``recover`` and the frame then returns normally with its
result variables as they are.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Callable

from ..analysis.errors import Pos
from ..analysis.ir import nodes as ir
from .errors import CannotRun, GoPanic
from .sched import Deadlock

MAX_DEPTH = 5000
"""Go's stacks grow to 1 GB; Python's recursion does not: deeper calls are refused."""


class Left(Enum):
    """How a call's frame goes: it returns its results, a panic unwinds it (it hands back
    nothing), or the run stops under it (os.Exit, a deadlock, the step budget)."""

    RETURNED = "returned"
    UNWOUND = "unwound"
    STOPPED = "stopped"


class Signal:
    """How a statement left: break, continue, goto, fallthrough or return (``None``: it ended)."""

    __slots__ = ("kind", "label")

    def __init__(self, kind: str, label: str = "") -> None:
        self.kind = kind
        self.label = label

    def __repr__(self) -> str:
        return f"Signal({self.kind} {self.label})".strip()


BREAK = Signal("break")
CONTINUE = Signal("continue")
RETURN = Signal("return")
FALLTHROUGH = Signal("fallthrough")


class Frame:
    """One activation of a function: its variables' cells and where it is."""

    __slots__ = ("code", "v", "t", "env", "g", "defers", "pos", "id", "stores", "tdict", "inlined_at")

    def __init__(self, code: Code, g: Any, env: list | None) -> None:
        self.code = code
        self.g = g
        self.env = env
        self.v: list = []
        self.t: list = [None] * code.ntemps   # values gc's order pass computes first
        self.defers: list | None = None
        self.pos: Pos = code.fn.pos
        self.id = 0
        self.stores: dict | None = None       # stack backing stores of append, once per call
        self.tdict: dict | None = None        # generic code: shape -> the call's real type
        self.inlined_at: Pos | None = None    # the default build inlines this call, made here


class Code:
    """A compiled function: body, variable slots and how arguments and results travel."""

    def __init__(self, fn: ir.Func, machine: Any) -> None:
        self.fn = fn
        self.m = machine
        self.name = fn.name
        self.nslots = 0
        self.ntemps = 0
        self.held: tuple[int, ...] = ()                # temporaries that outlive their statement
        self.params: list[tuple[int, bool]] = []      # (slot, aggregate) per argument, receiver first
        self.results: list[tuple[int, Callable[[], Any], bool]] = []   # (slot, zero, aggregate)
        self.body: Callable[[Frame], Any] | None = None
        self.var_slots: dict[int, int] = {}            # id(ir.Var) -> slot
        self.vars: list[ir.Var | None] = []            # slot -> variable (for traces)
        self.spans: list[Any] | None = None            # slot -> its scope (see scopes.py)
        self.is_range_body = bool(getattr(fn, "is_range_body", False))

    def __repr__(self) -> str:
        return f"Code({self.name})"

    def invoke(self, g: Any, args: list, env: list | None, tdict: dict | None = None,
               inlined_at: Pos | None = None) -> Any:
        """Run the function in goroutine ``g``; returns None, one value, or a list of values.

        ``tdict`` maps the shapes of a generic instance to the call's real types;
        ``inlined_at`` is the call's position when the default build inlines it there."""
        if self.body is None:
            self.m.compile(self)    # compiled on first call: unreached code costs nothing
        fr = Frame(self, g, env)
        fr.tdict = tdict
        fr.inlined_at = inlined_at
        v = [None] * self.nslots
        for (slot, agg), a in zip(self.params, args):
            v[slot] = a if agg else [a]
        for slot, zero, agg in self.results:
            z = zero()
            v[slot] = z if agg else [z]
        fr.v = v
        m = self.m
        frames = g.frames
        frames.append(fr)
        if len(frames) > MAX_DEPTH:
            frames.pop()
            raise CannotRun(self.fn.pos, f"calls nested more than {MAX_DEPTH} deep "
                            "(the interpreter's stack is smaller than Go's)")
        tracer = m.tracer
        if tracer is not None:
            fr.id = tracer.new_frame_id()
            tracer.on_call(fr)
        left = Left.RETURNED
        try:
            try:
                if self.body(fr) is None and self.fn.end_pos is not None:  # type: ignore[misc]
                    fr.pos = self.fn.end_pos       # it fell off its end: the closing brace returns
            except GoPanic as p:
                if tracer is not None and not p.traced:
                    p.traced = True
                    tracer.on_panic(fr, p)
                if not fr.defers:
                    raise
                m.run_defers(fr, p)
            except BaseException:
                if g.fault_pos is None:
                    g.fault_pos = fr.pos    # where an error that stops the run happened
                raise
            else:
                if fr.defers:
                    m.run_defers(fr, None)
        except GoPanic:
            left = Left.UNWOUND
            raise
        except Deadlock as d:
            left = Left.STOPPED
            if tracer is not None and not d.traced:     # once, with every goroutine still blocked
                d.traced = True
                tracer.on_deadlock()
            raise
        except BaseException:
            left = Left.STOPPED
            raise
        finally:
            if tracer is not None:
                tracer.on_leave(fr, left)
            frames.pop()
        rs = self.results
        if not rs:
            return None
        if len(rs) == 1:
            slot, _, agg = rs[0]
            return v[slot][:] if agg else v[slot][0]
        return [v[s][:] if agg else v[s][0] for s, _, agg in rs]
