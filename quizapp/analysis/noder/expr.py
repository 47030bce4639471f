"""Lowering expressions: syntax tree to typed IR, with gc's implicit nodes.

Each method takes a tree-sitter node and returns an ``ir.Expr`` whose type
is known and whose position is gc's. Implicit work becomes explicit here:
``&x`` for pointer-receiver calls, ``*p`` for value receivers and promoted
fields, conversions to interface, the ``... argument`` slice.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import GoSyntaxError, GoTypeError, Pos, Unsupported, one_line
from ..ir import nodes as ir
from ..syntax.nodes import gc_pos, named_children, pos_of, strip_parens, text
from ..types import constant as C
from ..types import model as T
from ..types.scope import BuiltinObj, ConstObj, PkgObj, TypeObj, UnsupportedObj
from .compileorder import derived
from .constfold import COMPARISONS
from .convert import ConvertLowerer


def addressable(x: ir.Expr) -> bool:
    """Go's addressable operands: variables, pointer indirections, slice elements, and fields
    and elements of addressable structs and arrays."""
    while True:
        if isinstance(x, (ir.Name, ir.GlobalName, ir.Deref)):
            return True
        if isinstance(x, ir.Index):
            if x.kind is ir.IndexKind.ARRAY and not x.x.type.is_pointer():
                x = x.x
                continue
            return x.kind in (ir.IndexKind.ARRAY, ir.IndexKind.SLICE)
        if isinstance(x, ir.Dot):
            if x.ptr:
                return True
            x = x.x
            continue
        return False


class ExprLowerer(ConvertLowerer):
    """Names, literals, operators, indexing; selectors, composites and calls build on it."""

    fn: ir.Func

    def new_temp(self, t: T.Type, pos: Pos) -> ir.Var:
        v = ir.Var(f".autotmp_{len(self.fn.dcl)}", t, pos, ir.VarClass.AUTO, self.fn, is_temp=True)
        self.fn.dcl.append(v)
        return v

    def declared_first(self, mark: int, new_vars: list[ir.Var]) -> None:
        """gc declares the names of ``x := e`` (``var x = e``) before it reads ``e``: put
        ``new_vars``, appended last, back at ``mark`` in the function's declarations, and
        renumber the temporaries ``e`` made after them (``p := new(7)`` is ``&.autotmp_2``
        in a function with one result)."""
        dcl = self.fn.dcl
        moved = [v for v in new_vars if v in dcl[mark:]]
        if not moved:
            return
        rest = [v for v in dcl[mark:] if all(v is not m for m in moved)]
        dcl[mark:] = moved + rest
        for i in range(mark + len(moved), len(dcl)):
            v = dcl[i]
            if v.is_temp and v.name.startswith(".autotmp_"):
                v.name = f".autotmp_{i}"

    def const_value(self, node: Node) -> Any:
        e = self.expr(node)
        if not isinstance(e, ir.Const):
            raise GoTypeError(pos_of(node), f"{text(node)} is not constant")
        return e.value

    def ref_func(self, f: ir.Func) -> None:
        self.fn.callees.append(f)

    def expr(self, node: Node, want: T.Type | None = None) -> ir.Expr:
        """Lower one expression; ``want`` types composite literals with elided types."""
        k = node.type
        m = getattr(self, "x_" + k, None)
        if m is None:
            raise Unsupported(pos_of(node), f"expression {k}")
        e = m(node) if k != "literal_value" else self.x_literal_value(node, want)
        if isinstance(e, ir.Const) and e.start is None:
            e.src, e.start = e.src or text(node), pos_of(node)
        return e

    def exprs(self, node: Node | None) -> list[Node]:
        if node is None:
            return []
        if node.type == "expression_list":
            return named_children(node)
        return [node]

    def x_parenthesized_expression(self, node: Node) -> ir.Expr:
        inner = named_children(node)[0]
        e = self.expr(inner)
        if not isinstance(e, ir.Const):
            e.paren = True   # gc's staticBool does not look inside parentheses
        return e

    def x_int_literal(self, node: Node) -> ir.Expr:
        try:
            v = C.parse_int(text(node))
        except C.ConstantError as exc:
            raise self.constant_problem(pos_of(node), exc) from None
        if C.int_too_big(v):
            raise GoTypeError(pos_of(node), "constant overflow")
        return ir.Const(pos_of(node), T.UNTYPED_INT, value=v)

    def x_float_literal(self, node: Node) -> ir.Expr:
        try:
            return ir.Const(pos_of(node), T.UNTYPED_FLOAT, value=C.parse_float(text(node)))
        except C.ConstantError as exc:
            raise self.constant_problem(pos_of(node), exc) from None

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

    def predeclared(self, node: Node) -> bool:
        """Whether ``true``, ``false`` or ``nil`` still means the predeclared constant
        (tree-sitter reads them as literals; a program may declare its own)."""
        obj, _ = self.scope.lookup(text(node))
        return isinstance(obj, ConstObj) and obj.predeclared

    def x_true(self, node: Node) -> ir.Expr:
        if not self.predeclared(node):
            return self.x_identifier(node)
        return ir.Const(pos_of(node), T.UNTYPED_BOOL, value=True)

    def x_false(self, node: Node) -> ir.Expr:
        if not self.predeclared(node):
            return self.x_identifier(node)
        return ir.Const(pos_of(node), T.UNTYPED_BOOL, value=False)

    def x_nil(self, node: Node) -> ir.Expr:
        if not self.predeclared(node):
            return self.x_identifier(node)
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
            if inner.type == "unary_expression" and inner.start_byte == node.start_byte + 1 and \
                    text(inner).startswith("&"):
                # gc's scanner reads "&&" as one token: "& &x" is an address, "&&x" is not
                raise GoSyntaxError(pos_of(node), "syntax error: unexpected &&, expected expression")
            x = self.expr(operand)
            if not addressable(x):
                what = "map index expression" if isinstance(x, ir.Index) and \
                    x.kind is ir.IndexKind.MAP else "value"
                raise GoTypeError(pos_of(inner), f"invalid operation: cannot take address of "
                                  f"{one_line(text(inner))} ({what} of type {T.type_string(x.type)})")
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
            return self.fold_unary(node, op, x)
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
        if op not in ("<<", ">>", "&&", "||"):
            self.check_operand_types(node, op, x, y)
        if isinstance(x, ir.Const) and isinstance(y, ir.Const):
            return self.fold_binary(node, op, x, y)
        if x.type.under is not None and isinstance(x.type.under, T.Basic) and x.type.under.is_integer():
            self.check_divisor(node, op, y)
        if op in ("<<", ">>"):
            x = self.default(x) if not (isinstance(x, ir.Const) and x.type.is_untyped()) else x
            untyped = isinstance(x, ir.Const) and x.type.is_untyped()
            if untyped:
                x = self.convert_to(x, T.INT)
            y = self.convert_to(y, T.UINT) if isinstance(y, ir.Const) else y
            shift = ir.Binary(pos, x.type, op=op, x=x, y=y)
            # an untyped constant shifted by a variable takes the type its context gives it
            shift.untyped_shift = untyped  # type: ignore[attr-defined]
            return shift
        for a, b in ((x, y), (y, x)):
            if getattr(a, "untyped_shift", False) and not getattr(b, "untyped_shift", False) \
                    and isinstance(b.type.under, T.Basic) and b.type.under.is_integer() \
                    and not b.type.is_untyped():
                a.type = a.x.type = b.type  # type: ignore[attr-defined]
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

    def expr_text(self, e: ir.Expr, need: int = 0) -> str:
        from ..ir.fmt import expr_string
        return expr_string(e, need)

    def x_index_expression(self, node: Node) -> ir.Expr:
        operand = node.child_by_field_name("operand")
        pos = gc_pos(node)
        op = strip_parens(operand)
        if op.type == "identifier":
            from .generics import GenericFunc
            gobj, _ = self.scope.lookup(text(op))
            if isinstance(gobj, GenericFunc):
                targs = [self.type_of_node(node.child_by_field_name("index"))]
                with self.instantiation_group():  # type: ignore[attr-defined]
                    inst = self.instantiate_func(gobj, targs, pos)  # type: ignore[attr-defined]
                    self.ref_func(inst)
                    real = self.real_signature(gobj, targs)  # type: ignore[attr-defined]
                name = ir.FuncName(pos_of(op), real, func=inst)
                name.instantiation = self.instantiation_name(gobj, targs)  # type: ignore[attr-defined]
                name.targs = targs  # type: ignore[attr-defined]  # the type arguments, for a run
                return name
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
            x = ir.Deref(pos, u.elem, x=x, implicit=True)  # gc: at the index
            u = u.elem.under
        if isinstance(u, T.Array):
            return ir.Index(pos, u.elem, x=x, index=i, kind=ir.IndexKind.ARRAY)
        if isinstance(u, T.Slice):
            return ir.Index(pos, self.shape_elem(x.type, u.elem), x=x, index=i,
                            kind=ir.IndexKind.SLICE)
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
        return ir.TypeAssert(pos, t, x=x, type_text=s, dynamic=derived(t),
                             derived_source=derived(x.type))

    def x_call_expression(self, node: Node) -> ir.Expr:
        return self.call(node)

    def call(self, node: Node) -> ir.Expr:
        raise NotImplementedError
