"""Walking expressions into holes (the compiler's expr.go, in our words).

Evaluating an expression "into a hole" records where its value goes.
Operators adjust the hole on the way down: ``&x`` takes one dereference
away, ``*p``, ``p.f`` through a pointer and ``s[i]`` add one. Allocating
expressions (``new``, ``&T{}``, ``make``, literals, boxes, closures)
*spill*: they get a location of their own, and their address flows to the
hole.
"""

from __future__ import annotations

from typing import Any

from ..ir import nodes as ir
from ..types import model as T
from .graph import Hole
from .walker import Walking


def is_uintptr(t: T.Type) -> bool:
    u = t.under
    return isinstance(u, T.Basic) and u.name == "uintptr"


class ExprMixin:
    def expr(self: Walking, k: Hole, n: ir.Expr | None) -> None:
        if n is None:
            return
        for s in n.init:
            self.stmt(s)
        self.expr_skip_init(k, n)

    def discard(self: Walking, n: ir.Expr | None) -> None:
        self.expr(self.b.blank_hole(), n)

    def discards(self: Walking, ns: list[ir.Expr]) -> None:
        for n in ns:
            self.discard(n)

    def expr_skip_init(self: Walking, k: Hole, n: ir.Expr) -> None:
        t = n.type
        if k.derefs >= 0 and not t.is_untyped() and not t.has_pointers():
            k = Hole(self.b.blank, k.derefs, k.notes, k.addrtaken)
        if isinstance(n, ir.Name):
            self.b.flow(k, self.b.loc_of(n.var))
        elif isinstance(n, (ir.GlobalName, ir.FuncName, ir.MethodExpr, ir.Const, ir.Nil, ir.DictEntry)):
            pass
        elif isinstance(n, ir.Unary):
            self.discard(n.x)
        elif isinstance(n, ir.Binary):
            self.discard(n.x)
            self.discard(n.y)
        elif isinstance(n, ir.Addr):
            self.expr(k.addr(n, "address-of"), n.x)
        elif isinstance(n, ir.Deref):
            self.expr(k.deref(n, "indirection"), n.x)
        elif isinstance(n, ir.Dot):
            if n.ptr:
                self.expr(k.deref(n, "dot of pointer"), n.x)
            else:
                self.expr(k.note(n, "dot"), n.x)
        elif isinstance(n, ir.TypeAssert):
            self.expr(self.dot_type(k, n.type, n, "dot"), n.x)
        elif isinstance(n, ir.Index):
            if n.kind is ir.IndexKind.MAP:
                self.discard(n.x)
                self.discard(n.index)
            else:
                if n.kind is ir.IndexKind.ARRAY:
                    self.expr(k.note(n, "fixed-array-index-of"), n.x)
                else:
                    self.expr(k.deref(n, "dot of pointer"), n.x)
                self.discard(n.index)
        elif isinstance(n, ir.SliceExpr):
            self.expr(k.note(n, "slice"), n.x)
            self.discard(n.lo)
            self.discard(n.hi)
            self.discard(n.max)
        elif isinstance(n, ir.Conv):
            self.conversion(k, n)
        elif isinstance(n, (ir.Call, ir.Builtin)):
            if isinstance(n, ir.Builtin) and n.name == "new":
                self.spill(k, n)
            elif isinstance(n, ir.Builtin) and n.name == "make":
                if n.type.is_chan():
                    self.discards(n.args)
                else:
                    self.spill(k, n)
                    self.discards(n.args)
            else:
                self.call([k], n)
        elif isinstance(n, ir.InlinedCall):
            self.call([k], n)
        elif isinstance(n, ir.MethodValue):
            self.method_value(k, n)
        elif isinstance(n, ir.PtrLit):
            self.expr(self.spill(k, n), n.lit)
        elif isinstance(n, ir.CompLit):
            self.composite(k, n)
        elif isinstance(n, ir.FuncLit):
            self.func_lit(k, n)
        elif isinstance(n, ir.AddStr):
            self.spill(k, n)
            self.discards(n.operands)
        elif isinstance(n, ir.Recv):
            self.discard(n.ch)
        else:
            raise AssertionError(f"unexpected expression {type(n).__name__}")

    def dot_type(self: Walking, k: Hole, t: T.Type, where: Any, why: str) -> Hole:
        if not t.is_interface() and not T.is_pointer_shaped(t):
            k = k.shift(1)
        return k.note(where, why)

    def conversion(self: Walking, k: Hole, n: ir.Conv) -> None:
        op = n.op
        if op is ir.ConvOp.IFACE:
            if not n.x.type.is_interface() and not T.is_pointer_shaped(n.x.type):
                k = self.spill(k, n)
            self.expr(k.note(n, "interface-converted"), n.x)
        elif op in (ir.ConvOp.STR2BYTES, ir.ConvOp.STR2RUNES, ir.ConvOp.BYTES2STR,
                    ir.ConvOp.RUNES2STR, ir.ConvOp.RUNESTR):
            self.spill(k, n)
            self.discard(n.x)
        elif op is ir.ConvOp.SLICE2ARR:
            self.expr(k.deref(n, "slice-to-array"), n.x)
        elif n.type.under is T.UNSAFE_POINTER and is_uintptr(n.x.type):
            self.unsafe_value(k, n.x)
        else:
            self.expr(k, n.x)

    def unsafe_value(self: Walking, k: Hole, n: ir.Expr) -> None:
        """``unsafe.Pointer(u)`` with u a uintptr: follow the pointers converted into u."""
        for s in n.init:
            self.stmt(s)
        if isinstance(n, ir.Conv):
            if n.x.type.under is T.UNSAFE_POINTER:
                self.expr(k, n.x)
            else:
                self.discard(n.x)
        elif isinstance(n, ir.Dot) and n.ptr:
            if is_reflect_header_data(n):
                self.expr(k.deref(n, "reflect.Header.Data"), n.x)
            else:
                self.discard(n.x)
        elif isinstance(n, ir.Unary) and n.op in ("+", "-", "^"):
            self.unsafe_value(k, n.x)
        elif isinstance(n, ir.Binary) and n.op in ("+", "-", "|", "^", "*", "/", "%", "&", "&^"):
            self.unsafe_value(k, n.x)
            self.unsafe_value(k, n.y)
        elif isinstance(n, ir.Binary) and n.op in ("<<", ">>"):
            self.unsafe_value(k, n.x)
            self.discard(n.y)
        else:
            self.expr_skip_init(self.b.blank_hole(), n)

    def composite(self: Walking, k: Hole, n: ir.CompLit) -> None:
        if n.kind == "struct":
            for _, v in n.elems:
                self.expr(k.note(n, "struct literal element"), v)
        elif n.kind == "array":
            for _, v in n.elems:
                self.expr(k.note(n, "array literal element"), v)
        elif n.kind == "slice":
            k = self.spill(k, n)
            for _, v in n.elems:
                self.expr(k.note(n, "slice-literal-element"), v)
        else:
            self.spill(k, n)
            for key, v in n.elems:
                self.assign_heap(key, "map literal key", n)
                self.assign_heap(v, "map literal value", n)

    def method_value(self: Walking, k: Hole, n: ir.MethodValue) -> None:
        closure_k = self.spill(k, n)
        f = n.func
        if f is None:
            param_k = self.b.heap_hole()
        else:
            ks = [self.b.heap_hole() for _ in f.sig.results]
            param_k = self.tag_hole(ks, f, -1)
        self.expr(self.b.tee(self, [param_k, closure_k]), n.x)

    def func_lit(self: Walking, k: Hole, n: ir.FuncLit) -> None:
        k = self.spill(k, n)
        fn = n.func
        self.b.closures.append((k, n))
        if fn.is_closure:
            for cv in fn.closure_vars:
                loc = self.b.loc_of(cv)
                if not loc.captured:
                    loc.captured = True
                    if loc.loop_depth == self.loop_depth:
                        loc.reassigned = False
            self.walk_closure(fn)

    def spill(self: Walking, k: Hole, n: Any) -> Hole:
        loc = self.b.new_loc(self, n, persists=False)
        self.b.flow(k.addr(n, "spill"), loc)
        return Hole(loc)


def is_reflect_header_data(n: ir.Expr) -> bool:
    """``h.Data`` of a ``reflect.SliceHeader`` or ``reflect.StringHeader`` (unsafe rule 6):
    gc reads pointers out of it, and into it, as if it were an unsafe.Pointer."""
    if not isinstance(n, ir.Dot) or n.field != "Data" or not is_uintptr(n.type):
        return False
    t = n.x.type
    if n.ptr:
        u = t.under
        t = u.elem if isinstance(u, T.Pointer) else t
    return isinstance(t, T.Named) and getattr(t, "path", "") == "reflect" and \
        t.name in ("SliceHeader", "StringHeader")
