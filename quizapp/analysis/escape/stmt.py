"""Walking statements (the compiler's stmt.go, in our words).

Statements decide two things beyond their expressions: where each
assignment's value goes, and the *loop depth* of each declaration. An
address stored into a variable declared in a shallower loop than its
target must escape, because each iteration needs a fresh target.
"""

from __future__ import annotations

from typing import Any

from ..ir import nodes as ir
from .graph import Hole
from .walker import Walking


class StmtMixin:
    def stmt(self: Walking, n: Any) -> None:
        if n is None:
            return
        for s in n.init:
            if not isinstance(n, ir.Range):
                self.stmt(s)
        if isinstance(n, ir.Block):
            self.stmts(n.body)
        elif isinstance(n, ir.Decl):
            if n.var.name != "_":
                self.dcl(n.var)
        elif isinstance(n, ir.Label):
            if self.labels.get(n.name) == "looping":
                self.loop_depth += 1
            self.labels.pop(n.name, None)
        elif isinstance(n, ir.Branch):
            pass
        elif isinstance(n, ir.If):
            self.discard(n.cond)
            self.block(n.then)
            self.block(n.els)
        elif isinstance(n, ir.For):
            self.loop_depth += 1
            for v in n.per_iter:
                self.b.loc_of(v).loop_depth = self.loop_depth
            self.discard(n.cond)
            self.stmt(n.post)
            self.block(n.body)
            self.loop_depth -= 1
        elif isinstance(n, ir.Range):
            self.range_stmt(n)
        elif isinstance(n, ir.Switch):
            self.switch(n)
        elif isinstance(n, ir.Select):
            for c in n.cases:
                for s in c.comm or []:
                    self.stmt(s)
                self.block(c.body)
        elif isinstance(n, ir.Send):
            self.discard(n.ch)
            self.assign_heap(n.value, "send", n)
        elif isinstance(n, ir.Assign):
            self.assign_list([n.x], [n.y] if n.y is not None else [], "assign", n)
        elif isinstance(n, ir.Assign2):
            if n.kind is ir.Assign2Kind.FUNC:
                call = n.rhs[0]
                for s in call.init:
                    self.stmt(s)
                ks = self.addrs(n.lhs)
                self.call(ks, call)
                self.reassigned(ks, n)
            else:
                self.assign_list(n.lhs, n.rhs, n.kind.value, n)
        elif isinstance(n, ir.Return):
            self.assign_list([ir.Name(r.pos, r.type, var=r) for r in self.fn.results],
                             n.results, "return", n)
        elif isinstance(n, ir.ExprStmt):
            if isinstance(n.x, (ir.Call, ir.Builtin, ir.InlinedCall)):
                for s in n.x.init:
                    self.stmt(s)
                self.call(None, n.x)
            else:
                self.discard(n.x)
        elif isinstance(n, ir.GoDefer):
            self.go_defer(n)
        else:
            raise AssertionError(f"unexpected statement {type(n).__name__}")

    def stmts(self: Walking, ns: list[Any]) -> None:
        for s in ns:
            self.stmt(s)

    def block(self: Walking, ns: list[Any]) -> None:
        old = self.loop_depth
        self.stmts(ns)
        self.loop_depth = old

    def dcl(self: Walking, v: ir.Var) -> Hole:
        loc = self.b.loc_of(v)
        loc.loop_depth = self.loop_depth
        return Hole(loc)

    def range_stmt(self: Walking, n: ir.Range) -> None:
        for s in n.init:
            self.stmt(s)
        tmp = self.b.new_loc(self, None, persists=True)
        self.expr(Hole(tmp), n.x)
        self.loop_depth += 1
        for v in getattr(n, "per_iter", []):
            self.b.loc_of(v).loop_depth = self.loop_depth
        ks = self.addrs([n.key, n.value])
        per_iter = getattr(n, "per_iter", [])
        if isinstance(n.value, ir.Name) and n.value.var in per_iter and \
                not n.value.var.type.has_pointers():
            ks[1] = self.b.blank_hole()   # the per-iteration copy is a plain assignment
        if n.array:
            self.b.flow(ks[1].note(n, "range"), tmp)
        else:
            self.b.flow(ks[1].deref(n, "range-deref"), tmp)
        self.reassigned(ks, n)
        self.block(n.body)
        self.loop_depth -= 1

    def switch(self: Walking, n: ir.Switch) -> None:
        if n.type_switch:
            ks: list[Hole] = []
            for c in n.cases:
                cv = c.var
                if cv is None:
                    continue
                k = self.dcl(cv)
                if cv.type.has_pointers():
                    ks.append(self.dot_type(k, cv.type, c, "switch case"))
            self.expr(self.b.tee(self, ks), n.tag)
        else:
            self.discard(n.tag)
        for c in n.cases:
            self.discards(c.exprs)
            self.block(c.body)
