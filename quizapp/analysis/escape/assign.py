"""Assignment destinations and the assignment rules (the compiler's assign.go).

A destination becomes a hole. Storing into a local variable is storing
into its location; storing through a pointer, into a slice element or a
map is storing into *the heap*, because the analysis does not know what the
pointer points to. Self-assignments such as ``b.buf = b.buf[1:]`` are
recognised and ignored, and gc says so with ``-m``.
"""

from __future__ import annotations

from typing import Any

from ..ir import nodes as ir
from ..types import model as T
from .expr import is_reflect_header_data
from .graph import Hole
from .walker import Walking


class AssignMixin:
    def addr(self: Walking, n: ir.Expr | None) -> Hole:
        b = self.b
        if n is None:
            return b.blank_hole()
        k = b.heap_hole()
        if isinstance(n, ir.Name):
            if n.var.name == "_":
                return b.blank_hole()
            k = Hole(b.loc_of(n.var))
        elif isinstance(n, ir.GlobalName):
            pass
        elif isinstance(n, ir.Dot) and not n.ptr:
            k = self.addr(n.x)
        elif isinstance(n, ir.Index) and n.kind is ir.IndexKind.ARRAY:
            self.discard(n.index)
            k = self.addr(n.x)
        elif isinstance(n, ir.Index) and n.kind is ir.IndexKind.MAP:
            self.discard(n.x)
            self.assign_heap(n.index, "key of map put", n)
        elif isinstance(n, ir.Index):
            self.discard(n.index)
            self.mutate(n.x)
        elif isinstance(n, ir.Deref):
            self.mutate(n.x)
        elif isinstance(n, ir.Dot):
            self.mutate(n.x)
        else:
            raise AssertionError(f"unexpected assignment destination {type(n).__name__}")
        return k

    def mutate(self: Walking, n: ir.Expr) -> None:
        self.expr(self.b.mutator_hole(), n)

    def addrs(self: Walking, ns: list[ir.Expr | None]) -> list[Hole]:
        return [self.addr(n) for n in ns]

    def assign_heap(self: Walking, src: ir.Expr | None, why: str, where: Any) -> None:
        self.expr(self.b.heap_hole().note(where, why), src)

    def assign_list(self: Walking, dsts: list[Any], srcs: list[ir.Expr], why: str, where: Any) -> None:
        ks = self.addrs(dsts)
        for i, k in enumerate(ks):
            src = srcs[i] if i < len(srcs) else None
            dst = dsts[i]
            if isinstance(dst, ir.Dot) and dst.ptr and src is not None and is_reflect_header_data(dst):
                # a uintptr stored into a reflect header's Data is a pointer stored to the heap
                self.unsafe_value(self.b.heap_hole().note(where, why), src)
                continue
            if dst is not None and src is not None and is_self_assign(dst, src):
                self.b.observer.self_assignment(self.fn, where)
                k = self.b.blank_hole()
            self.expr(k.note(where, why), src)
        self.reassigned(ks, where)

    def reassigned(self: Walking, ks: list[Hole], where: Any) -> None:
        if isinstance(where, ir.Assign) and not where.op and where.y is None:
            if isinstance(where.x, ir.Name) and where.x.var.defn is None:
                return
        for k in ks:
            loc = k.dst
            node = loc.node
            if isinstance(node, ir.Var) and node.defn is where and not isinstance(where, ir.Range):
                continue
            if isinstance(where, ir.Range) and isinstance(node, ir.Var) and \
                    node in getattr(where, "per_iter", []):
                continue
            loc.reassigned = True


def _through_pointer(e: Any) -> Any | None:
    """The pointer ``e`` reads through (``*p`` or ``p.f`` with p a pointer), or None."""
    if isinstance(e, ir.Deref) or (isinstance(e, ir.Dot) and e.ptr):
        return e.x
    return None


def is_slice_self_assign(dst: Any, src: Any) -> bool:
    dx = _through_pointer(dst)
    if not isinstance(dx, (ir.Name, ir.GlobalName)):
        return False
    if not isinstance(src, ir.SliceExpr) or isinstance(src.x, ir.Addr):
        return False
    bx = _through_pointer(src.x)
    return bx is not None and same_name(bx, dx)


def same_name(a: Any, b: Any) -> bool:
    if isinstance(a, ir.Name) and isinstance(b, ir.Name):
        return a.var is b.var
    if isinstance(a, ir.GlobalName) and isinstance(b, ir.GlobalName):
        return a.glob is b.glob
    return False


def is_self_assign(dst: Any, src: Any) -> bool:
    if is_slice_self_assign(dst, src):
        return True
    if isinstance(dst, ir.Dot) and isinstance(src, ir.Dot) and dst.ptr == src.ptr:
        return same_safe_expr(dst.x, src.x)
    if isinstance(dst, ir.Index) and isinstance(src, ir.Index) and dst.kind is src.kind and \
            dst.kind in (ir.IndexKind.ARRAY, ir.IndexKind.SLICE, ir.IndexKind.STRING):
        if may_affect_memory(dst.index) or may_affect_memory(src.index):
            return False
        return same_safe_expr(dst.x, src.x)
    return False


def may_affect_memory(n: Any) -> bool:
    if isinstance(n, (ir.Name, ir.Const, ir.Nil, ir.GlobalName)):
        return False
    if isinstance(n, ir.Index) and n.kind is ir.IndexKind.MAP:
        return True
    if isinstance(n, ir.Binary):
        return n.op in ("&&", "||", "==", "!=", "<", "<=", ">", ">=") or \
            may_affect_memory(n.x) or may_affect_memory(n.y)
    if isinstance(n, ir.Index):
        return may_affect_memory(n.x) or may_affect_memory(n.index)
    if isinstance(n, ir.Conv) and n.op in (ir.ConvOp.NOP, ir.ConvOp.CONV):
        return may_affect_memory(n.x)
    if isinstance(n, ir.Builtin) and n.name in ("len", "cap"):
        return may_affect_memory(n.args[0])
    if isinstance(n, ir.Unary) and n.op in ("!", "^", "+", "-"):
        return may_affect_memory(n.x)
    if isinstance(n, (ir.Dot, ir.Deref)):
        return may_affect_memory(n.x)
    return True


def same_safe_expr(a: Any, b: Any) -> bool:
    """gc's SameSafeExpr: the same side-effect-free expression on both sides."""
    while isinstance(a, ir.Conv) and a.op is ir.ConvOp.NOP:
        a = a.x
    while isinstance(b, ir.Conv) and b.op is ir.ConvOp.NOP:
        b = b.x
    if type(a) is not type(b) or not T.identical(a.type, b.type):
        return False
    if isinstance(a, ir.Name):
        return a.var is b.var
    if isinstance(a, ir.GlobalName):
        return a.glob is b.glob
    if isinstance(a, ir.Dot):
        return a.field == b.field and a.ptr == b.ptr and same_safe_expr(a.x, b.x)
    if isinstance(a, ir.Deref):
        return same_safe_expr(a.x, b.x)
    if isinstance(a, ir.Unary):
        return a.op == b.op and same_safe_expr(a.x, b.x)
    if isinstance(a, ir.Conv):
        return a.op in (ir.ConvOp.NOP, ir.ConvOp.CONV) and a.op == b.op and \
            a.type is b.type and same_safe_expr(a.x, b.x)
    if isinstance(a, ir.Index):
        return a.kind is b.kind and same_safe_expr(a.x, b.x) and same_safe_expr(a.index, b.index)
    if isinstance(a, ir.Nil):
        return True
    if isinstance(a, ir.Binary):
        return a.op == b.op and same_safe_expr(a.x, b.x) and same_safe_expr(a.y, b.y)
    if isinstance(a, ir.Const):
        return a.value == b.value and type(a.value) is type(b.value)
    return False
