"""Compiling a function's IR into Python closures, one per node.

Walking the IR tree on every execution would cost a dictionary dispatch
per node; instead each node is compiled once into a closure taking the
frame, and executing a function is calling its body's closure. The
compiler is split like the IR: ``cexpr`` (expressions), ``ccall`` (calls,
built-ins, conversions), ``cstmt`` (statements); this module holds what
they share: variable slots and gc's evaluation order.

Evaluation order is gc's, not naive left to right: gc's ``order`` pass
computes calls, receives, ``&&``/``||`` and a few other operations into
temporaries before the rest of the statement, so in ``x + f()`` the read
of ``x`` happens *after* ``f`` ran. A *unit* is what one statement
evaluates together; inside it, such nodes are *hoisted*: evaluated in
post-order into the frame's temporaries by a prelude, then read back.
"""

from __future__ import annotations

from typing import Any, Callable

from ..analysis.errors import Pos
from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .errors import CannotRun
from .frames import Code, Frame
from .values import is_aggregate, new_cell, zero

Fn = Callable[[Frame], Any]


class CompilerBase:
    """Slots, units and the helpers every part of the compiler uses."""

    def __init__(self, machine: Any, fn: ir.Func, code: Code) -> None:
        self.m = machine
        self.fn = fn
        self.code = code
        self.env_index: dict[int, int] = {id(v): i for i, v in enumerate(fn.closure_vars)}
        self.prelude: list[Fn] | None = None
        self.select_recv: dict[int, int] = {}     # id(ir.Recv) -> case marker inside a select
        self.labels_of_loops: dict[int, str] = {}  # id(stmt) -> its label

    # ------------------------------------------------------------ variables
    def slot(self, v: ir.Var) -> int:
        s = self.code.var_slots.get(id(v))
        if s is None:
            s = self.code.nslots
            self.code.nslots += 1
            self.code.var_slots[id(v)] = s
            self.code.vars.append(v)
        return s

    def cell_of(self, v: ir.Var) -> Fn:
        """A closure returning the cell (container list) of variable ``v``."""
        j = self.env_index.get(id(v))
        if j is not None:
            return lambda fr: fr.env[j]
        if v.fn is not None and v.fn is not self.fn and not self.owns(v):
            raise CannotRun(v.pos, f"variable {v.name} is not reachable from {self.fn.name}")
        i = self.slot(v)
        return lambda fr: fr.v[i]

    def owns(self, v: ir.Var) -> bool:
        return v.fn is self.fn or v.fn is None

    def load_var(self, v: ir.Var) -> Fn:
        j = self.env_index.get(id(v))
        agg = is_aggregate(v.type)
        if j is not None:
            return (lambda fr: fr.env[j][:]) if agg else (lambda fr: fr.env[j][0])
        self.cell_of(v)
        i = self.slot(v)
        return (lambda fr: fr.v[i][:]) if agg else (lambda fr: fr.v[i][0])

    def decl_var(self, v: ir.Var) -> Fn:
        """A fresh cell for ``v`` holding its zero value (every execution of a declaration)."""
        if id(v) in self.env_index:
            raise CannotRun(v.pos, f"declaration of captured variable {v.name}")
        i = self.slot(v)
        t = v.type
        tracer = self.m.tracer
        if is_aggregate(t) and t.size() == 0 and self.m.placement.heap(v):
            zerobase = self.m.zerobase      # moved to the heap, zero-size: runtime.zerobase

            def decl_zero_size(fr: Frame) -> None:
                fr.v[i] = zerobase
                if tracer is not None:
                    tracer.on_declare(fr, v, zerobase)
            return decl_zero_size
        if tracer is not None:
            def decl_traced(fr: Frame) -> None:
                fr.v[i] = cell = zero(t) if is_aggregate(t) else [zero(t)]
                tracer.on_declare(fr, v, cell)
            return decl_traced
        if is_aggregate(t):
            def decl_agg(fr: Frame) -> None:
                fr.v[i] = zero(t)
            return decl_agg
        z = zero(t)

        def decl(fr: Frame) -> None:
            fr.v[i] = [z]
        return decl

    def new_cell(self, t: T.Type, v: Any) -> list:
        return new_cell(t, v)

    # ------------------------------------------------------------ units
    def unit(self, build: Callable[[], Any]) -> tuple[list[Fn], Any]:
        """Compile a statement's expressions as one unit: (prelude, what ``build`` returned)."""
        saved = self.prelude
        self.prelude = []
        try:
            out = build()
            pre = self.prelude
        finally:
            self.prelude = saved
        return pre, out

    def hoist(self, f: Fn) -> Fn:
        """Evaluate ``f`` in the current unit's prelude; the node then reads its temporary."""
        if self.prelude is None:
            return f
        k = self.code.ntemps
        self.code.ntemps += 1

        def pre(fr: Frame) -> None:
            fr.t[k] = f(fr)
        self.prelude.append(pre)
        return lambda fr: fr.t[k]

    def with_prelude(self, pre: list[Fn], f: Fn) -> Fn:
        """``f`` preceded by its unit's prelude."""
        if not pre:
            return f
        if len(pre) == 1:
            p0 = pre[0]

            def run1(fr: Frame) -> Any:
                p0(fr)
                return f(fr)
            return run1

        def run(fr: Frame) -> Any:
            for p in pre:
                p(fr)
            return f(fr)
        return run

    def value(self, e: ir.Expr) -> Fn:
        """Compile ``e`` as a whole unit: its prelude runs each time before it."""
        pre, f = self.unit(lambda: self.expr(e))
        return self.with_prelude(pre, f)

    def expr(self, e: ir.Expr) -> Fn:
        raise NotImplementedError

    def stmts(self, body: list[Any]) -> Fn:
        raise NotImplementedError

    # ------------------------------------------------------------ errors
    def cannot(self, pos: Pos, what: str) -> CannotRun:
        return CannotRun(pos, what)


def const_fn(v: Any) -> Fn:
    return lambda fr: v


def range_state(block: ir.Block) -> ir.Var | None:
    """The ``#stateN`` variable of a block the lowering made for a range-over-func loop."""
    first = block.body[0] if block.body else None
    if isinstance(first, ir.Decl) and first.var.name.startswith("#state"):
        return first.var
    return None
