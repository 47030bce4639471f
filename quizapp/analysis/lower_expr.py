"""Lowering expressions: syntax tree to typed IR, with gc's implicit nodes.

Each method takes a tree-sitter node and returns an ``ir.Expr`` whose type
is known and whose position is gc's. Implicit work becomes explicit here:
``&x`` for pointer-receiver calls, ``*p`` for value receivers and promoted
fields, conversions to interface, the ``... argument`` slice.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from . import constant as C
from . import ir
from . import types as T
from .errors import GoTypeError, Pos, Unsupported
from .lower_types import Selection, TypeReader, lookup
from .scope import BuiltinObj, ConstObj, PkgObj, TypeObj, UnsupportedObj
from .syntax import child_of_type, gc_pos, named_children, pos_of, strip_parens, text

COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")


def is_const(e: ir.Expr) -> bool:
    return isinstance(e, ir.Const)


class ExprLowerer(TypeReader):
    """Expression half of the lowering; ``noder.FuncLowerer`` adds statements."""

    fn: ir.Func

    # ------------------------------------------------------------ helpers
    def new_temp(self, t: T.Type, pos: Pos) -> ir.Var:
        v = ir.Var(f".autotmp_{len(self.fn.dcl)}", t, pos, ir.VarClass.AUTO, self.fn, is_temp=True)
        self.fn.dcl.append(v)
        return v

    def convert_to(self, e: ir.Expr, t: T.Type, implicit: bool = True) -> ir.Expr:
        """Assignability: untyped constants take ``t``; concrete values box into interfaces."""
        if t is None:
            return e
        if isinstance(e, ir.Nil):
            e.type = t
            return e
        if t.is_interface():
            if e.type.is_interface():
                if T.identical(e.type, t) or e.type is t:
                    return e
                return ir.Conv(e.pos, t, x=e, op=ir.ConvOp.IFACE, implicit=implicit)
            if isinstance(e, ir.Const) and e.type.is_untyped():
                e.type = T.default_type(e.type)
                e.value = C.convert(e.value, e.type)
                if e.type is T.RUNE and not isinstance(e.value, C.Rune):
                    e.value = C.Rune(e.value)
            return ir.Conv(getattr(e, "expr_pos", e.pos), t, x=e, op=ir.ConvOp.IFACE,
                           implicit=implicit)
        if isinstance(e, ir.Const) and e.type.is_untyped():
            e.type = t
            e.value = C.convert(e.value, t)
            return e
        return e

    def default(self, e: ir.Expr) -> ir.Expr:
        """Give an untyped constant its default type (``x := 1``)."""
        if isinstance(e, ir.Const) and e.type.is_untyped():
            t = T.default_type(e.type)
            e.type = t
            e.value = C.convert(e.value, t)
            if t is T.RUNE and not isinstance(e.value, C.Rune):
                e.value = C.Rune(e.value)
        if isinstance(e, ir.Nil) and e.type is T.UNTYPED_NIL:
            raise GoTypeError(e.pos, "use of untyped nil in assignment")
        return e

    def const_value(self, node: Node) -> Any:
        e = self.expr(node)
        if not isinstance(e, ir.Const):
            raise GoTypeError(pos_of(node), f"{text(node)} is not constant")
        return e.value

    def ref_func(self, f: ir.Func) -> None:
        self.fn.callees.append(f)

    # ------------------------------------------------------------ entry
    def expr(self, node: Node, want: T.Type | None = None) -> ir.Expr:
        """Lower one expression; ``want`` types composite literals with elided types."""
        k = node.type
        m = getattr(self, "x_" + k, None)
        if m is None:
            raise Unsupported(pos_of(node), f"expression {k}")
        return m(node) if k != "literal_value" else self.x_literal_value(node, want)

    def exprs(self, node: Node | None) -> list[Node]:
        if node is None:
            return []
        if node.type == "expression_list":
            return named_children(node)
        return [node]

    # ------------------------------------------------------------ leaves
    def x_parenthesized_expression(self, node: Node) -> ir.Expr:
        inner = named_children(node)[0]
        return self.expr(inner)

    def x_int_literal(self, node: Node) -> ir.Expr:
        return ir.Const(pos_of(node), T.UNTYPED_INT, value=C.parse_int(text(node)))

    def x_float_literal(self, node: Node) -> ir.Expr:
        return ir.Const(pos_of(node), T.UNTYPED_FLOAT, value=C.parse_float(text(node)))

    def x_imaginary_literal(self, node: Node) -> ir.Expr:
        s = text(node)[:-1].replace("_", "")
        return ir.Const(pos_of(node), T.UNTYPED_COMPLEX, value=complex(0, float(s)))

    def x_rune_literal(self, node: Node) -> ir.Expr:
        return ir.Const(pos_of(node), T.UNTYPED_RUNE, value=C.unquote(text(node)))

    def x_interpreted_string_literal(self, node: Node) -> ir.Expr:
        return ir.Const(pos_of(node), T.UNTYPED_STRING, value=C.unquote(text(node)))

    x_raw_string_literal = x_interpreted_string_literal

    def x_type_identifier(self, node: Node) -> ir.Expr:
        """A name tree-sitter read as a type (``new(x)``) that may be a value."""
        return self.x_identifier(node)

    def x_pointer_type(self, node: Node) -> ir.Expr:
        """``*p`` read as a pointer type where a value was meant (``new(*p)``)."""
        x = self.expr(named_children(node)[-1])
        if not x.type.is_pointer():
            raise GoTypeError(pos_of(node), f"invalid operation: cannot indirect {text(node)}")
        return ir.Deref(pos_of(node), x.type.under.elem, x=x)  # type: ignore[attr-defined]

    def x_true(self, node: Node) -> ir.Expr:
        return ir.Const(pos_of(node), T.UNTYPED_BOOL, value=True)

    def x_false(self, node: Node) -> ir.Expr:
        return ir.Const(pos_of(node), T.UNTYPED_BOOL, value=False)

    def x_nil(self, node: Node) -> ir.Expr:
        return ir.Nil(pos_of(node), T.UNTYPED_NIL)

    def x_iota(self, node: Node) -> ir.Expr:
        if self.iota is None:
            raise GoTypeError(pos_of(node), "cannot use iota outside constant declaration")
        return ir.Const(pos_of(node), T.UNTYPED_INT, value=self.iota)

    iota: int | None = None

    def x_identifier(self, node: Node) -> ir.Expr:
        name = text(node)
        pos = pos_of(node)
        if name == "_":
            raise GoTypeError(pos, "cannot use _ as value")
        obj, crossed = self.scope.lookup(name)
        if obj is None:
            raise GoTypeError(pos, f"undefined: {name}")
        if isinstance(obj, ir.Var):
            if crossed and obj.fn is not self.fn:
                self.capture(obj, crossed, pos)
            obj.used = True  # type: ignore[attr-defined]
            return ir.Name(pos, obj.type, var=obj)
        if isinstance(obj, ConstObj):
            if obj.type is T.UNTYPED_NIL:
                return ir.Nil(pos, T.UNTYPED_NIL)
            v = obj.value
            if obj.type is T.RUNE or obj.type is T.UNTYPED_RUNE:
                v = C.Rune(v)
            return ir.Const(pos, obj.type, value=v, alias=obj.spelling or None)
        if isinstance(obj, ir.Global):
            return ir.GlobalName(pos, obj.type, glob=obj)
        if isinstance(obj, ir.Func):
            self.ref_func(obj)
            return ir.FuncName(pos, obj.sig, func=obj)
        if isinstance(obj, TypeObj):
            raise GoTypeError(pos, f"{name} (type) is not an expression")
        if isinstance(obj, BuiltinObj):
            raise GoTypeError(pos, f"{name} (built-in function) must be called")
        if isinstance(obj, PkgObj):
            raise GoTypeError(pos, f"use of package {name} without selector")
        if isinstance(obj, UnsupportedObj):
            raise Unsupported(pos, obj.what)
        raise Unsupported(pos, f"name {name}")

    def capture(self, v: ir.Var, crossed: list[ir.Func], pos: Pos) -> None:
        """Record that each literal between the use and ``v``'s function captures ``v``."""
        v.captured_syntax = True
        for f in crossed:
            if f is v.fn:
                break
            if v not in f.closure_vars:
                f.closure_vars.append(v)
                f.capture_pos[id(v)] = pos

    # ------------------------------------------------------------ operators
    def x_unary_expression(self, node: Node) -> ir.Expr:
        op = text(node.child_by_field_name("operator"))
        operand = node.child_by_field_name("operand")
        pos = pos_of(node)
        if op == "&":
            inner = strip_parens(operand)
            if inner.type == "composite_literal":
                lit = self.expr(inner)
                assert isinstance(lit, ir.CompLit)
                return ir.PtrLit(pos, T.Pointer(lit.type), lit=lit)
            x = self.expr(operand)
            self.mark_addrtaken(x)
            return ir.Addr(pos, T.Pointer(x.type), x=x)
        x = self.expr(operand)
        if op == "*":
            if not x.type.is_pointer():
                raise GoTypeError(pos, f"invalid operation: cannot indirect {text(operand)}")
            return ir.Deref(pos, x.type.under.elem, x=x)  # type: ignore[attr-defined]
        if op == "<-":
            ct = x.type.under
            if not isinstance(ct, T.Chan):
                raise GoTypeError(pos, f"invalid operation: cannot receive from {text(operand)}")
            return ir.Recv(pos, ct.elem, ch=x)
        if isinstance(x, ir.Const):
            return ir.Const(pos, x.type, value=C.unary(op, x.value, x.type), alias=x.alias)
        return ir.Unary(pos, x.type, op=op, x=x)

    def mark_addrtaken(self, x: ir.Expr) -> None:
        """``&x``, ``&x.f``, ``&a[i]`` take the address of the root variable."""
        while True:
            if isinstance(x, ir.Name):
                x.var.addrtaken_syntax = True
                return
            if isinstance(x, ir.Dot) and not x.ptr:
                x = x.x
            elif isinstance(x, ir.Index) and x.kind is ir.IndexKind.ARRAY:
                x = x.x
            else:
                return

    def x_binary_expression(self, node: Node) -> ir.Expr:
        op = text(node.child_by_field_name("operator"))
        xn, yn = node.child_by_field_name("left"), node.child_by_field_name("right")
        pos = gc_pos(node)
        x, y = self.expr(xn), self.expr(yn)
        if isinstance(x, ir.Const) and isinstance(y, ir.Const):
            return self.fold_binary(pos, op, x, y)
        if op in ("<<", ">>"):
            x = self.default(x) if not (isinstance(x, ir.Const) and x.type.is_untyped()) else x
            if isinstance(x, ir.Const) and x.type.is_untyped():
                x = self.convert_to(x, T.INT)
            y = self.convert_to(y, T.UINT) if isinstance(y, ir.Const) else y
            return ir.Binary(pos, x.type, op=op, x=x, y=y)
        # operand types: an untyped side takes the other side's type
        if isinstance(x, ir.Const) and x.type.is_untyped() and not y.type.is_untyped():
            x = self.convert_to(x, y.type) if not y.type.is_interface() else self.convert_to(x, y.type)
        elif isinstance(y, ir.Const) and y.type.is_untyped() and not x.type.is_untyped():
            y = self.convert_to(y, x.type)
        if isinstance(x, ir.Nil):
            x.type = y.type
        if isinstance(y, ir.Nil):
            y.type = x.type
        if op in COMPARISONS:
            if x.type.is_interface() and not y.type.is_interface():
                y = self.convert_to(y, x.type)
            elif y.type.is_interface() and not x.type.is_interface():
                x = self.convert_to(x, y.type)
            return ir.Binary(pos, T.UNTYPED_BOOL, op=op, x=x, y=y)
        if op in ("&&", "||"):
            return ir.Binary(pos, x.type if not x.type.is_untyped() else y.type, op=op, x=x, y=y)
        if op == "+" and x.type.is_string():
            ops: list[ir.Expr] = []
            for side in (x, y):
                ops.extend(side.operands if isinstance(side, ir.AddStr) else [side])
            return ir.AddStr(pos, x.type, operands=ops)
        return ir.Binary(pos, x.type, op=op, x=x, y=y)

    def fold_binary(self, pos: Pos, op: str, x: ir.Const, y: ir.Const) -> ir.Const:
        if op in COMPARISONS:
            return ir.Const(pos, T.UNTYPED_BOOL, value=C.binary(op, x.value, y.value, False))
        if op in ("&&", "||"):
            return ir.Const(pos, x.type, value=C.binary(op, x.value, y.value, False))
        if op in ("<<", ">>"):
            t = x.type
            return ir.Const(pos, t, value=C.convert(C.binary(op, int(x.value), int(y.value), True), t),
                            alias=x.alias)
        t = x.type
        if x.type.is_untyped() and not y.type.is_untyped():
            t = y.type
        elif x.type.is_untyped() and y.type.is_untyped():
            rank = [T.UNTYPED_INT, T.UNTYPED_RUNE, T.UNTYPED_FLOAT, T.UNTYPED_COMPLEX]
            if x.type in rank and y.type in rank:
                t = rank[max(rank.index(x.type), rank.index(y.type))]
        alias = x.alias if t is x.type else y.alias
        u = t.under
        int_div = isinstance(u, T.Basic) and u.is_integer()
        if op == "/" and y.value == 0:
            raise GoTypeError(pos, "invalid operation: division by zero")
        v = C.binary(op, x.value, y.value, int_div)
        if isinstance(u, T.Basic) and u.info is T.BasicInfo.STRING:
            return ir.Const(pos, t, value=v, alias=alias)
        return ir.Const(pos, t, value=C.convert(v, t), alias=alias)

    # ------------------------------------------------------------ selectors
    def x_selector_expression(self, node: Node) -> ir.Expr:
        operand = node.child_by_field_name("operand")
        name = text(node.child_by_field_name("field"))
        pos = gc_pos(node)
        op = strip_parens(operand)
        if op.type == "identifier":
            obj, _ = self.scope.lookup(text(op))
            if isinstance(obj, PkgObj):
                return self.package_value(obj, name, node)
            if isinstance(obj, TypeObj):
                return self.method_expr(node, obj.type, name, pos)
        pt = self.package_type(op)
        if pt is not None:
            return self.method_expr(node, pt.type, name, pos)
        if op.type in ("parenthesized_type", "pointer_type") or (
                op.type == "unary_expression" and self.is_type_node(op)):
            return self.method_expr(node, self.type_of_node(op), name, pos)
        x = self.expr(operand)
        return self.select(x, name, pos, node)

    def package_value(self, pkg: PkgObj, name: str, node: Node) -> ir.Expr:
        member = self.package_member(pkg, name, node)
        pos = gc_pos(node)
        if isinstance(member, ir.Func):
            return ir.FuncName(pos, member.sig, func=member)
        if isinstance(member, ir.Global):
            return ir.GlobalName(pos, member.type, glob=member)
        if isinstance(member, ConstObj):
            v = member.value
            if T.is_rune(member.type) or member.type is T.UNTYPED_RUNE:
                v = C.Rune(v)
            return ir.Const(pos, member.type, value=v, alias=member.spelling or None)
        raise GoTypeError(pos, f"{text(node)} (type) is not an expression")

    def package_type(self, node: Node) -> TypeObj | None:
        """``pkg.T`` written as a selector (in conversions and method expressions)."""
        node = strip_parens(node)
        if node.type != "selector_expression":
            return None
        op = strip_parens(node.child_by_field_name("operand"))
        if op.type != "identifier":
            return None
        obj, _ = self.scope.lookup(text(op))
        if not isinstance(obj, PkgObj):
            return None
        member = self.package_member(obj, text(node.child_by_field_name("field")), node)
        return member if isinstance(member, TypeObj) else None

    def is_type_node(self, node: Node) -> bool:
        node = strip_parens(node)
        if node.type == "selector_expression":
            return self.package_type(node) is not None
        if node.type in ("type_identifier", "identifier"):
            obj, _ = self.scope.lookup(text(node))
            return isinstance(obj, TypeObj) or (obj is None and node.type == "type_identifier")
        if node.type == "pointer_type":
            return self.is_type_node(named_children(node)[-1])
        if node.type in ("slice_type", "array_type", "map_type", "channel_type",
                         "function_type", "struct_type", "interface_type", "qualified_type",
                         "parenthesized_type", "generic_type"):
            return True
        if node.type == "unary_expression" and text(node.child_by_field_name("operator")) == "*":
            return self.is_type_node(node.child_by_field_name("operand"))
        return False

    def type_of_node(self, node: Node) -> T.Type:
        return self.type_of_node_spelled(node)[0]

    def type_of_node_spelled(self, node: Node) -> tuple[T.Type, str]:
        node = strip_parens(node)
        pt = self.package_type(node)
        if pt is not None:
            return pt.type, pt.spelling
        if node.type == "unary_expression":
            t, s = self.type_of_node_spelled(node.child_by_field_name("operand"))
            return T.Pointer(t), "*" + s
        if node.type == "identifier":
            obj, _ = self.scope.lookup(text(node))
            if isinstance(obj, TypeObj):
                return obj.type, obj.spelling
        return self.read_type_spelled(node)

    def method_expr(self, node: Node, t: T.Type, name: str, pos: Pos) -> ir.Expr:
        sel = lookup(t, name)
        if sel is None or sel.method is None or sel.path:
            if sel is not None and sel.iface_method is not None:
                raise Unsupported(pos, "interface method expressions")
            raise GoTypeError(pos, f"{T.type_string(t)}.{name} undefined")
        f: ir.Func = sel.method
        self.ref_func(f)
        sig = T.Signature([T.Param("", t)] + f.sig.params, f.sig.results, f.sig.variadic)
        return ir.MethodExpr(pos, sig, recv_type=t, func=f)

    def select(self, x: ir.Expr, name: str, pos: Pos, node: Node | None) -> ir.Expr:
        """``x.name`` as a field access, or (for methods) a method value."""
        sel = lookup(x.type, name)
        if sel is None:
            if getattr(x.type, "is_shape", False) or getattr(x.type.under, "is_shape", False):
                raise Unsupported(pos, "methods of type parameters")
            base = x.type.under.elem if x.type.is_pointer() else x.type  # type: ignore[attr-defined]
            if getattr(base, "generic_instance", False):
                raise Unsupported(pos, f"methods of the generic type {T.type_string(base)}")
            raise GoTypeError(pos, f"{self.expr_text(x)}.{name} undefined")
        x = self.walk_embedded(x, sel.path, pos)
        if sel.field is not None:
            return self.field_access(x, sel.field, pos, implicit=False)
        return self.method_value(x, sel, name, pos)

    def walk_embedded(self, x: ir.Expr, path: list[T.Field], pos: Pos) -> ir.Expr:
        for f in path:
            x = self.field_access(x, f, pos, implicit=True)
        return x

    def field_access(self, x: ir.Expr, f: T.Field, pos: Pos, implicit: bool) -> ir.Expr:
        if x.type.is_pointer():
            return ir.Dot(pos, f.type, x=x, field=f.name, ptr=True, implicit=implicit)
        return ir.Dot(pos, f.type, x=x, field=f.name, ptr=False, implicit=implicit)

    def receiver_arg(self, x: ir.Expr, f: ir.Func, pos: Pos) -> ir.Expr:
        """The receiver argument with gc's implicit ``&x`` or ``*p`` (placed at the selector)."""
        want_ptr = f.sig.recv is not None and isinstance(f.sig.recv.type, T.Pointer)
        have_ptr = x.type.is_pointer() and not isinstance(x.type, T.Named)
        if want_ptr and not have_ptr:
            self.mark_addrtaken(x)
            return ir.Addr(pos, T.Pointer(x.type), x=x, implicit=True)
        if not want_ptr and have_ptr:
            return ir.Deref(x.pos, x.type.under.elem, x=x, implicit=True)  # type: ignore[attr-defined]
        return x

    def method_value(self, x: ir.Expr, sel: Selection, name: str, pos: Pos) -> ir.Expr:
        if sel.iface_method is not None:
            return ir.MethodValue(pos, sel.iface_method.sig, x=x, func=None,
                                  text=f"{self.expr_text(x, 8)}.{name}")
        f: ir.Func = sel.method
        self.ref_func(f)
        recv = self.receiver_arg(x, f, pos)
        return ir.MethodValue(pos, T.Signature(f.sig.params, f.sig.results, f.sig.variadic),
                              x=recv, func=f, text=f"{self.expr_text(x, 8)}.{name}")

    def expr_text(self, e: ir.Expr, need: int = 0) -> str:
        from .printer import expr_string
        return expr_string(e, need)

    # ------------------------------------------------------------ index, slice
    def x_index_expression(self, node: Node) -> ir.Expr:
        operand = node.child_by_field_name("operand")
        pos = gc_pos(node)
        op = strip_parens(operand)
        if op.type == "identifier":
            from .generics import GenericFunc
            gobj, _ = self.scope.lookup(text(op))
            if isinstance(gobj, GenericFunc):
                targs = [self.type_of_node(node.child_by_field_name("index"))]
                inst = self.instantiate_func(gobj, targs, pos)  # type: ignore[attr-defined]
                self.ref_func(inst)
                return ir.FuncName(pos_of(op), self.real_signature(gobj, targs), func=inst)  # type: ignore
        if self.is_type_node(operand):
            raise Unsupported(pos, "generic instantiation")
        x = self.expr(operand)
        idx_node = node.child_by_field_name("index")
        u = x.type.under
        if isinstance(u, T.Map):
            k = self.convert_to(self.expr(idx_node), u.key)
            return ir.Index(pos, u.elem, x=x, index=k, kind=ir.IndexKind.MAP)
        i = self.expr(idx_node)
        if isinstance(i, ir.Const) and i.type.is_untyped():
            i = self.convert_to(i, T.INT)
        if isinstance(u, T.Pointer) and isinstance(u.elem.under, T.Array):
            x = ir.Deref(x.pos, u.elem, x=x, implicit=True)
            u = u.elem.under
        if isinstance(u, T.Array):
            return ir.Index(pos, u.elem, x=x, index=i, kind=ir.IndexKind.ARRAY)
        if isinstance(u, T.Slice):
            return ir.Index(pos, u.elem, x=x, index=i, kind=ir.IndexKind.SLICE)
        if isinstance(u, T.Basic) and u.info is T.BasicInfo.STRING:
            if isinstance(x, ir.Const) and isinstance(i, ir.Const):
                return ir.Const(pos, T.BYTE, value=x.value.encode()[i.value])
            return ir.Index(pos, T.BYTE, x=x, index=i, kind=ir.IndexKind.STRING)
        if isinstance(u, T.Signature):
            raise Unsupported(pos, "generic instantiation")
        raise GoTypeError(pos, f"invalid operation: cannot index {text(operand)}")

    def x_slice_expression(self, node: Node) -> ir.Expr:
        pos = gc_pos(node)
        x = self.expr(node.child_by_field_name("operand"))

        def part(name: str) -> ir.Expr | None:
            n = node.child_by_field_name(name)
            if n is None:
                return None
            e = self.expr(n)
            return self.convert_to(e, T.INT) if isinstance(e, ir.Const) else e
        lo, hi, mx = part("start"), part("end"), part("capacity")
        u = x.type.under
        if isinstance(u, T.Basic) and u.info is T.BasicInfo.STRING:
            if isinstance(x, ir.Const) and mx is None and all(
                    p is None or isinstance(p, ir.Const) for p in (lo, hi)):
                b = x.value.encode()
                s = b[(lo.value if lo else 0):(hi.value if hi else len(b))]
                return ir.Const(pos, x.type, value=s.decode("utf-8", "surrogateescape"))
            return ir.SliceExpr(pos, x.type, x=x, lo=lo, hi=hi, max=mx, string=True)
        if isinstance(u, T.Array):
            self.mark_addrtaken(x)
            x = ir.Addr(pos, T.Pointer(x.type), x=x, implicit=True)
            return ir.SliceExpr(pos, T.Slice(u.elem), x=x, lo=lo, hi=hi, max=mx)
        if isinstance(u, T.Pointer) and isinstance(u.elem.under, T.Array):
            return ir.SliceExpr(pos, T.Slice(u.elem.under.elem), x=x, lo=lo, hi=hi, max=mx)
        if isinstance(u, T.Slice):
            return ir.SliceExpr(pos, x.type, x=x, lo=lo, hi=hi, max=mx)
        raise GoTypeError(pos, "cannot slice")

    def x_type_assertion_expression(self, node: Node) -> ir.Expr:
        pos = gc_pos(node)
        x = self.expr(node.child_by_field_name("operand"))
        if not x.type.is_interface():
            raise GoTypeError(pos, "invalid operation: not an interface")
        t, s = self.read_type_spelled(node.child_by_field_name("type"))
        return ir.TypeAssert(pos, t, x=x, type_text=s)

    # ------------------------------------------------------------ literals
    def x_composite_literal(self, node: Node, want: T.Type | None = None) -> ir.Expr:
        tnode = node.child_by_field_name("type")
        body = node.child_by_field_name("body")
        if tnode.type == "implicit_length_array_type":
            et, es = self.read_type_spelled(tnode.child_by_field_name("element"))
            n = self.count_elements(body)
            t, spelled = T.Array(n, et), f"[{n}]{es}"
        else:
            t, spelled = self.read_type_spelled(tnode)
        return self.literal(body, t, spelled)

    def count_elements(self, body: Node) -> int:
        n = 0
        idx = 0
        for el in named_children(body):
            if el.type == "keyed_element":
                kn = named_children(el)[0]
                idx = self.const_int(named_children(kn)[0] if kn.type == "literal_element" else kn)
            idx += 1
            n = max(n, idx)
        return n

    def x_literal_value(self, node: Node, want: T.Type | None) -> ir.Expr:
        if want is None:
            raise GoTypeError(pos_of(node), "invalid composite literal type")
        if want.is_pointer():
            lit = self.literal(node, want.under.elem, T.type_string(want.under.elem))  # type: ignore
            return ir.PtrLit(pos_of(node), want, lit=lit, implicit=True)  # type: ignore[arg-type]
        return self.literal(node, want, T.type_string(want))

    def element(self, node: Node, want: T.Type) -> ir.Expr:
        inner = named_children(node)[0] if node.type == "literal_element" else node
        if inner.type == "literal_value":
            return self.x_literal_value(inner, want)
        return self.convert_to(self.expr(inner), want)

    def literal(self, body: Node, t: T.Type, spelled: str) -> ir.CompLit:
        pos = pos_of(body)
        u = t.under
        elems: list[tuple[ir.Expr | None, ir.Expr]] = []
        items = named_children(body)
        if isinstance(u, T.Struct):
            for i, el in enumerate(items):
                if el.type == "keyed_element":
                    kn, vn = named_children(el)
                    fname = text(named_children(kn)[0] if kn.type == "literal_element" else kn)
                    f = u.field(fname)
                    if f is None:
                        raise GoTypeError(pos_of(kn), f"unknown field {fname} in struct literal")
                    elems.append((None, self.element(vn, f.type)))
                else:
                    if i >= len(u.fields):
                        raise GoTypeError(pos_of(el), "too many values in struct literal")
                    elems.append((None, self.element(el, u.fields[i].type)))
            return ir.CompLit(pos, t, kind="struct", elems=elems, type_text=spelled)
        if isinstance(u, (T.Array, T.Slice)):
            for el in items:
                if el.type == "keyed_element":
                    kn, vn = named_children(el)
                    k = self.element(kn, T.INT)
                    elems.append((k, self.element(vn, u.elem)))
                else:
                    elems.append((None, self.element(el, u.elem)))
            return ir.CompLit(pos, t, kind="array" if isinstance(u, T.Array) else "slice",
                              elems=elems, type_text=spelled)
        if isinstance(u, T.Map):
            for el in items:
                if el.type != "keyed_element":
                    raise GoTypeError(pos_of(el), "missing key in map literal")
                kn, vn = named_children(el)
                elems.append((self.element(kn, u.key), self.element(vn, u.elem)))
            return ir.CompLit(pos, t, kind="map", elems=elems, type_text=spelled)
        raise GoTypeError(pos, f"invalid composite literal type {spelled}")

    def x_func_literal(self, node: Node) -> ir.Expr:
        return self.func_literal(node)

    def func_literal(self, node: Node) -> ir.Expr:
        raise NotImplementedError

    # ------------------------------------------------------------ conversions
    def x_type_conversion_expression(self, node: Node) -> ir.Expr:
        tnode = node.child_by_field_name("type")
        if tnode.type == "generic_type":
            from .generics import GenericFunc
            base = tnode.child_by_field_name("type")
            gobj, _ = self.scope.lookup(text(base))
            if isinstance(gobj, GenericFunc):
                # F[int](x) is a call of a generic function, not a conversion
                targs = [self.type_of_node(a) for a in
                         named_children(tnode.child_by_field_name("type_arguments"))]
                return self.generic_call(gobj, targs, [node.child_by_field_name("operand")],  # type: ignore
                                         False, gc_pos(node), base)
        t, s = self.read_type_spelled(tnode)
        operand = node.child_by_field_name("operand")
        return self.conversion(t, s, operand, gc_pos(node))

    def conversion(self, t: T.Type, spelled: str, operand: Node, call_pos: Pos) -> ir.Expr:
        """``T(x)``: a constant when x is a constant of basic type, else a conversion node.

        Conversions that allocate or box are reported at the operand's position
        (the ``(`` of a nested call or conversion, or of parentheses)."""
        x = self.expr(operand)
        opos = pos_of(operand) if operand.type == "parenthesized_expression" else gc_pos(operand)
        tu = t.under
        if isinstance(x, ir.Const) and isinstance(tu, T.Basic):
            v = x.value
            if tu.info is T.BasicInfo.STRING and isinstance(v, int) and not isinstance(v, bool):
                v = chr(v) if 0 <= v <= 0x10FFFF else "\ufffd"
            return ir.Const(call_pos, t, value=C.convert(v, t), alias=spelled)
        if isinstance(x, ir.Nil):
            x.type = t
            return x
        if tu.is_interface():
            x = self.default(x)
            return ir.Conv(opos, t, x=x, op=ir.ConvOp.IFACE, type_text=spelled)
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
            lit = ir.CompLit(opos, t, kind="slice",
                             elems=[(None, ir.Const(opos, elem, value=C.Rune(ord(ch))))
                                    for ch in x.value], type_text=spelled)
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

    # ------------------------------------------------------------ calls
    def x_call_expression(self, node: Node) -> ir.Expr:
        return self.call(node)

    def call(self, node: Node) -> ir.Expr:
        raise NotImplementedError
