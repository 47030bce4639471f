"""Assignments to locals nobody reads are dropped (gc's ``deadlocals`` pass).

gc runs it after inlining and before escape analysis. A local (or
parameter) that is only ever assigned, never read, loses the assignments
whose value has no effect of its own: a name, a constant, ``nil`` or a
function literal. Inlining makes such locals common (a callee's parameter
it never reads becomes an assignment in the caller), and a literal
dropped this way is never allocated, so it prints no line.
"""

from __future__ import annotations

from typing import Any

from ..ir import nodes as ir
from ..types import model as T
from .walk import children

NO_EFFECT = (ir.Name, ir.GlobalName, ir.FuncName, ir.Const, ir.Nil, ir.FuncLit)


class DeadLocals:
    """One function's visit: which locals are read, and the assignments to the others."""

    def __init__(self) -> None:
        self.defs: dict[int, list[tuple[Any, int]] | None] = {}
        self.order: list[ir.Var] = []

    def node(self, n: Any) -> None:
        if n is None:
            return
        if isinstance(n, ir.FuncLit):
            for cv in n.func.closure_vars:
                self.use(cv)
            for s in n.func.body or []:
                self.node(s)
            return
        if isinstance(n, ir.Name):
            self.use(n.var)
            return
        if isinstance(n, ir.InlinedCall):
            for c in children(n):
                self.node(c)
            for r in n.results:      # the call's value is read from them
                self.use(r)
            return
        if isinstance(n, ir.Decl):
            return
        if isinstance(n, ir.Assign) and not n.op:
            for s in n.init:
                self.node(s)
            self.assign(n, 0, n.x, n.y, blank_is_not_use=False)
            return
        if isinstance(n, ir.Assign2) and n.kind is ir.Assign2Kind.PAIR:
            for s in n.init:
                self.node(s)
            non_blank = any(x is not None for x in n.lhs)
            for i, (x, y) in enumerate(zip(n.lhs, n.rhs)):
                self.assign(n, i, x, y, blank_is_not_use=non_blank)
            return
        for c in children(n):
            self.node(c)

    def use(self, v: ir.Var) -> None:
        pending = self.defs.get(id(v), [])
        if id(v) not in self.defs:
            self.order.append(v)
        self.defs[id(v)] = None
        for stmt, i in pending or []:
            self.node(stmt.y if isinstance(stmt, ir.Assign) else stmt.rhs[i])

    def assign(self, stmt: Any, i: int, x: Any, y: Any, blank_is_not_use: bool) -> None:
        if isinstance(x, ir.Name) and _is_local(x.var) and isinstance(y, NO_EFFECT) and not y.init \
                and not _converted(y, x.var.type):
            prev = self.defs.get(id(x.var), [])
            if prev is not None:
                if id(x.var) not in self.defs:
                    self.order.append(x.var)
                self.defs[id(x.var)] = (prev or []) + [(stmt, i)]
                return
        elif x is not None and not isinstance(x, ir.Name):
            self.node(x)
        self.node(y)

    def drop(self) -> None:
        for v in self.order:
            assigns = self.defs.get(id(v))
            for stmt, i in assigns or []:
                zero = ir.Const(stmt.pos, T.INT, value=0)
                if isinstance(stmt, ir.Assign):
                    stmt.x, stmt.y = None, zero
                else:
                    stmt.lhs[i], stmt.rhs[i] = None, zero
            if assigns:
                v.defn = None


def _converted(y: Any, to: T.Type) -> bool:
    """A function literal assigned to a variable of a named function type
    (``iter.Seq2[K, V]``): gc converts it (``OCONVNOP``), which counts as an effect."""
    return isinstance(y, ir.FuncLit) and isinstance(to, T.Named)


def _is_local(v: ir.Var) -> bool:
    return v.cls in (ir.VarClass.AUTO, ir.VarClass.PARAM) and v.name != "_"


def dead_locals(funcs: list[ir.Func]) -> None:
    """Drop dead assignments in every function that is not a closure (closures are
    visited with the function that holds them)."""
    for fn in funcs:
        if fn.is_closure or fn.body is None:
            continue
        v = DeadLocals()
        for s in fn.body:
            v.node(s)
        v.drop()
