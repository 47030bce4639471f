"""Conversions, implicit and explicit.

Assignability is where Go converts silently: an untyped constant takes
the type it is assigned to, a concrete value assigned to an interface is
boxed (``ir.Conv`` with ``IFACE``, which escape analysis sees as an
allocation). An explicit ``T(x)`` folds constants and classifies the rest
the way gc does (string/byte/rune conversions allocate; ``[]rune("lit")``
becomes a slice literal).
"""

from __future__ import annotations

from tree_sitter import Node

from ..errors import GoTypeError, Pos
from ..ir import nodes as ir
from ..syntax.nodes import gc_pos, named_children, pos_of, text
from ..types import constant as C
from ..types import model as T
from ..types.lookup import lookup
from ..types.scope import PkgObj
from .constfold import ConstFolder


class ConvertLowerer(ConstFolder):
    """Implicit conversions on assignment, and conversion expressions."""

    def convert_to(self, e: ir.Expr, t: T.Type, implicit: bool = True, context: str = "") -> ir.Expr:
        """Assignability: untyped constants take ``t``; concrete values box into interfaces.

        ``context`` names the assignment for messages (``variable declaration``)."""
        if t is None:
            return e
        if isinstance(e, ir.Nil):
            e.type = t
            return e
        if t.is_interface():
            if e.type.is_interface():
                if T.identical(e.type, t) or e.type is t:
                    return e
                # the same interface, named on one side only (``any`` to ``type Value any``):
                # no conversion code, gc's OCONVNOP
                nop = T.identical(e.type.under, t.under) and \
                    not (isinstance(e.type, T.Named) and isinstance(t, T.Named))
                return ir.Conv(e.pos, t, x=e, op=ir.ConvOp.NOP if nop else ir.ConvOp.IFACE,
                               implicit=implicit)
            if isinstance(e, ir.Const) and e.type.is_untyped():
                e.value = self.const_as(e, T.default_type(e.type), context)
                e.type = T.default_type(e.type)
                if e.type is T.RUNE and not isinstance(e.value, C.Rune):
                    e.value = C.Rune(e.value)
            return ir.Conv(getattr(e, "expr_pos", e.pos), t, x=e, op=ir.ConvOp.IFACE,
                           implicit=implicit)
        if isinstance(e, ir.Const) and e.type.is_untyped():
            e.value = self.const_as(e, t, context)
            e.type = t
            return e
        settle_shift(e, t)
        return e

    def default(self, e: ir.Expr, context: str = "") -> ir.Expr:
        """Give an untyped constant its default type (``x := 1``)."""
        if isinstance(e, ir.Const) and e.type.is_untyped():
            t = T.default_type(e.type)
            e.value = self.const_as(e, t, context)
            e.type = t
            if t is T.RUNE and not isinstance(e.value, C.Rune):
                e.value = C.Rune(e.value)
        if isinstance(e, ir.Nil) and e.type is T.UNTYPED_NIL:
            raise GoTypeError(e.pos, "use of untyped nil in assignment")
        return e

    def x_type_conversion_expression(self, node: Node) -> ir.Expr:
        tnode = node.child_by_field_name("type")
        if tnode.type == "generic_type":
            from .generics import GenericFunc
            base = tnode.child_by_field_name("type")
            if base.type == "qualified_type":
                called = self.qualified_generic_call(node, tnode, base)
                if called is not None:
                    return called
            gobj, _ = self.scope.lookup(text(base))
            if isinstance(gobj, GenericFunc):
                # F[int](x) is a call of a generic function, not a conversion
                targs = [self.type_of_node(a) for a in
                         named_children(tnode.child_by_field_name("type_arguments"))]
                return self.generic_call(gobj, targs, [node.child_by_field_name("operand")],  # type: ignore
                                         False, gc_pos(node), base)
        operand = node.child_by_field_name("operand")
        if tnode.type == "pointer_type":
            # tree-sitter reads *(T)(x) as a conversion to *(T); in Go a conversion's
            # type cannot start with *, so it is *((T)(x)): a dereference
            inner = named_children(tnode)[-1]
            t, s = self.read_type_spelled(inner)
            lp = [c for c in node.children if c.type == "("]
            conv = self.conversion(t, s, operand, pos_of(lp[-1]) if lp else gc_pos(node))
            if not conv.type.is_pointer():
                raise GoTypeError(pos_of(tnode), "invalid operation: cannot indirect")
            return ir.Deref(pos_of(tnode), conv.type.under.elem, x=conv)  # type: ignore[attr-defined]
        t, s = self.read_type_spelled(tnode)
        return self.conversion(t, s, operand, gc_pos(node))

    def qualified_generic_call(self, node: Node, tnode: Node, base: Node) -> ir.Expr | None:
        """tree-sitter reads ``pkg.F[A, B](x)`` and ``v.M[A, B](x)`` as a conversion to a
        generic type: a call of a generic function of a package, or of a generic method."""
        from .generics import GenericFunc
        pkg = base.child_by_field_name("package")
        name = text(base.child_by_field_name("name"))
        obj, _ = self.scope.lookup(text(pkg)) if pkg is not None else (None, [])
        targs = [self.type_of_node(a) for a in  # type: ignore[attr-defined]
                 named_children(tnode.child_by_field_name("type_arguments"))]
        operand = node.child_by_field_name("operand")
        pos = gc_pos(node)
        if isinstance(obj, PkgObj):
            member = self.package_member(obj, name, base)
            if isinstance(member, GenericFunc):
                return self.generic_call(member, targs, [operand], False, pos, base)  # type: ignore
            return None
        if isinstance(obj, ir.Var):
            x = self.x_identifier(pkg)  # type: ignore[attr-defined]
            sel = lookup(x.type, name)
            if sel is not None and isinstance(sel.method, GenericFunc):
                x = self.walk_embedded(x, sel.path, pos_of(base))  # type: ignore[attr-defined]
                return self.generic_method_call(x, sel.method, targs, pos_of(base),  # type: ignore
                                                [operand], False, pos)
        return None

    def conversion(self, t: T.Type, spelled: str, operand: Node, call_pos: Pos) -> ir.Expr:
        """``T(x)``: a constant when x is a constant of basic type, else a conversion node.

        Conversions that allocate or box are reported at the operand's position
        (the ``(`` of a nested call or conversion, or of parentheses)."""
        x = self.expr(operand)
        settle_shift(x, t)
        opos = pos_of(operand) if operand.type == "parenthesized_expression" else gc_pos(operand)
        tu = t.under
        if isinstance(x, ir.Const) and isinstance(tu, T.Basic):
            v = x.value
            if tu.info is T.BasicInfo.STRING and isinstance(v, int) and not isinstance(v, bool):
                v = chr(v) if 0 <= v <= 0x10FFFF else "\ufffd"
                return ir.Const(call_pos, t, value=v, alias=spelled)
            return ir.Const(call_pos, t, value=self.const_converted(x, t, spelled), alias=spelled)
        if isinstance(x, ir.Nil):
            x.type = t
            return x
        if tu.is_interface():
            x = self.default(x)
            same = x.type.is_interface() and T.identical(x.type.under, tu)   # gc's OCONVNOP
            return ir.Conv(opos, t, x=x, op=ir.ConvOp.NOP if same else ir.ConvOp.IFACE,
                           type_text=spelled)
        xu = x.type.under
        op = ir.ConvOp.CONV
        if isinstance(tu, T.Basic) and tu.info is T.BasicInfo.STRING:
            if isinstance(xu, T.Slice):
                op = ir.ConvOp.BYTES2STR if T.is_byte(xu.elem) else ir.ConvOp.RUNES2STR
            elif isinstance(xu, T.Basic) and xu.is_integer():
                op = ir.ConvOp.RUNESTR
            else:
                op = ir.ConvOp.NOP
        elif isinstance(tu, T.Slice) and isinstance(xu, T.Basic) and xu.info is T.BasicInfo.STRING:
            op = ir.ConvOp.STR2BYTES if T.is_byte(tu.elem) else ir.ConvOp.STR2RUNES
        elif isinstance(tu, T.Array) and isinstance(xu, T.Slice):
            op = ir.ConvOp.SLICE2ARR
        elif isinstance(tu, T.Pointer) and isinstance(xu, T.Slice):
            op = ir.ConvOp.SLICE2ARRPTR
        elif T.identical(tu, xu) or (isinstance(tu, T.Pointer) and isinstance(xu, T.Pointer)):
            op = ir.ConvOp.NOP
        if op is ir.ConvOp.STR2RUNES and isinstance(x, ir.Const):
            # gc turns []rune("literal") into a slice literal of the runes
            elem = tu.elem  # type: ignore[attr-defined]
            # (each element keyed by its index, as gc builds it)
            lit = ir.CompLit(opos, t, kind="slice",
                             elems=[(ir.Const(opos, T.UNTYPED_INT, value=i),
                                     ir.Const(opos, elem, value=C.Rune(ord(ch))))
                                    for i, ch in enumerate(x.value)], type_text=spelled)
            lit.expr_pos = call_pos  # type: ignore[attr-defined]
            return lit
        if op in (ir.ConvOp.STR2BYTES, ir.ConvOp.STR2RUNES, ir.ConvOp.BYTES2STR,
                  ir.ConvOp.RUNES2STR, ir.ConvOp.RUNESTR):
            pos = opos
        else:
            pos = call_pos
        conv = ir.Conv(pos, t, x=x, op=op, type_text=spelled)
        conv.expr_pos = call_pos  # type: ignore[attr-defined]
        return conv


def settle_shift(e: ir.Expr, t: T.Type) -> None:
    """An untyped constant shifted by a variable takes the type its context gives it:
    in ``byte(0xff >> n)`` or ``var b byte = 1 << n`` the constant, and the shift, are bytes."""
    tu = t.under
    if getattr(e, "untyped_shift", False) and isinstance(tu, T.Basic) and tu.is_integer():
        e.type = e.x.type = t  # type: ignore[attr-defined]
        e.untyped_shift = False  # type: ignore[attr-defined]
