"""Selectors: ``x.f``, ``x.M``, ``pkg.Name`` and ``T.M``, with gc's implicit steps.

A promoted field goes through each embedded struct (``x.A.f``), through
a pointer when the embedding is one; a method value or call gets an
implicit ``&x`` (pointer receiver) or ``*p`` (value receiver). Each step
becomes an explicit node, as gc's front end makes it.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import NOPOS, GoTypeError, Pos, Unsupported
from ..ir import nodes as ir
from ..syntax.nodes import gc_pos, named_children, strip_parens, text
from ..types import constant as C
from ..types import model as T
from ..types.lookup import Selection, lookup
from ..types.scope import ConstObj, PkgObj, TypeObj
from .expr import ExprLowerer
from .generics import GenericType, GenericMethod


class SelectorLowerer(ExprLowerer):
    """Field and method selection, package members, method expressions and values."""

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

    def x_qualified_type(self, node: Node) -> ir.Expr:
        """``u.User`` read as a qualified type where a value was meant (``new(*u.User)``)."""
        operand = node.child_by_field_name("package")
        name = text(node.child_by_field_name("name"))
        obj, _ = self.scope.lookup(text(operand))
        if isinstance(obj, PkgObj):
            return self.package_value(obj, name, node)
        return self.select(self.x_identifier(operand), name, gc_pos(node), node)

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
        member = self.selected_member(node)
        return member if isinstance(member, TypeObj) else None

    def selected_member(self, node: Node) -> Any:
        """What ``pkg.name`` names, for a selector whose operand is a package (else None)."""
        op = strip_parens(node.child_by_field_name("operand"))
        if op.type != "identifier":
            return None
        obj, _ = self.scope.lookup(text(op))
        if not isinstance(obj, PkgObj):
            return None
        return self.package_member(obj, text(node.child_by_field_name("field")), node)

    def is_type_node(self, node: Node) -> bool:
        node = strip_parens(node)
        if node.type == "selector_expression":
            return self.package_type(node) is not None
        if node.type in ("type_identifier", "identifier"):
            obj, _ = self.scope.lookup(text(node))
            return isinstance(obj, TypeObj) or (obj is None and node.type == "type_identifier")
        if node.type == "pointer_type":
            return self.is_type_node(named_children(node)[-1])
        if node.type == "qualified_type":            # p.T, unless p is a value (new(*u.User))
            obj, _ = self.scope.lookup(text(node.child_by_field_name("package")))
            return obj is None or isinstance(obj, PkgObj)
        if node.type in ("slice_type", "array_type", "map_type", "channel_type",
                         "function_type", "struct_type", "interface_type",
                         "parenthesized_type", "generic_type"):
            return True
        if node.type == "unary_expression" and text(node.child_by_field_name("operator")) == "*":
            return self.is_type_node(node.child_by_field_name("operand"))
        if node.type in ("index_expression", "type_instantiation_expression"):
            return self.names_generic_type(named_children(node)[0])
        return False

    def names_generic_type(self, node: Node) -> bool:
        """Whether ``node`` (``G`` or ``pkg.G``) names a generic type."""
        from .generics import GenericType
        if node.type in ("identifier", "type_identifier"):
            obj, _ = self.scope.lookup(text(node))
        elif node.type in ("selector_expression", "qualified_type"):
            pkg = node.child_by_field_name("operand") or node.child_by_field_name("package")
            name = node.child_by_field_name("field") or node.child_by_field_name("name")
            pobj, _ = self.scope.lookup(text(pkg))
            if not isinstance(pobj, PkgObj):
                return False
            try:
                obj = self.package_member(pobj, text(name), node)
            except (GoTypeError, Unsupported):
                return False
        else:
            return False
        return isinstance(obj, GenericType)

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
        if sel is not None and sel.iface_method is not None and not sel.path and t.is_interface():
            return self.iface_method_expr(t, sel.iface_method, pos)
        if sel is None or sel.method is None or sel.path:
            if sel is not None and sel.iface_method is not None:
                raise Unsupported(pos, "interface method expressions through embedded fields")
            raise GoTypeError(pos, f"{T.type_string(t)}.{name} undefined")
        if not isinstance(sel.method, ir.Func):
            raise Unsupported(pos, "method expressions of generic methods")
        f: ir.Func = sel.method
        self.ref_func(f)
        sig = T.Signature([T.Param("", t)] + f.sig.params, f.sig.results, f.sig.variadic)
        return ir.MethodExpr(pos, sig, recv_type=t, func=f)

    def iface_method_expr(self, t: T.Type, m: T.MethodSig, pos: Pos) -> ir.Expr:
        """``I.M``: gc's wrapper ``func(i I, args...) { return i.M(args...) }``, an
        interface call, so everything passed to it leaks to the heap."""
        sig = T.Signature([T.Param("", t)] + list(m.sig.params), list(m.sig.results), m.sig.variadic)
        f = ir.Func(f"{T.type_string(t)}.{m.name}", NOPOS, sig)
        f.external = True
        f.esc_state = 3
        f.params = [ir.Var("", p.type, NOPOS, ir.VarClass.PARAM, unnamed=True) for p in sig.params]
        for i, p in enumerate(sig.params):
            f.leak_tags[i] = {"heap": 0} if p.type.has_pointers() else None
        f.results = [ir.Var(f"~r{i}", r.type, NOPOS, ir.VarClass.RESULT)
                     for i, r in enumerate(sig.results)]
        return ir.MethodExpr(pos, sig, recv_type=t, func=f)

    def select(self, x: ir.Expr, name: str, pos: Pos, node: Node | None) -> ir.Expr:
        """``x.name`` as a field access, or (for methods) a method value."""
        try:
            sel = lookup(x.type, name)
        except Unsupported as exc:
            raise Unsupported(pos, exc.what) from None
        if sel is None:
            sel = self.laid_out_method(x.type, name)
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

    def laid_out_method(self, t: T.Type, name: str) -> Selection | None:
        """``x.M`` in an inlined standard-library body, where ``x``'s type is an instance
        of a generic type the data lays out only (``sync.Map``'s ``isync.HashTrieMap[any,
        any]``, ``atomic.Pointer[Logger]``): the method lowered from its source for that
        instance, as the shape instance gc calls with a dictionary, and its signature with
        the instance's real type arguments. Only what the body reaches is lowered (the
        types it meets stay laid out), so a body costs what its calls cost; outside such a
        body, and for a type without the method, None."""
        uni = getattr(self, "uni", None)
        if uni is None or not uni.in_body:
            return None
        base = t.under.elem if t.is_pointer() else t  # type: ignore[attr-defined]
        g = getattr(base, "origin", None)
        if not isinstance(g, GenericType) or not getattr(base, "methods_pending", False):
            return None
        decl = next((m for m in g.methods if text(m.child_by_field_name("name")) == name), None)
        if decl is None:
            return None
        lazy = GenericMethod(self, g, decl, base.targs)  # type: ignore[arg-type, attr-defined]
        self.layout_only += 1  # type: ignore[attr-defined]
        try:
            fn = lazy.get()
            return Selection([], method=fn, method_sig=lazy.real_sig,
                             method_ptr_recv=isinstance(fn.sig.recv.type, T.Pointer))  # type: ignore
        finally:
            self.layout_only -= 1  # type: ignore[attr-defined]

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
        if getattr(sel.method, "generic_method", False):
            raise Unsupported(pos, "method values of generic methods")
        if sel.iface_method is not None:
            return ir.MethodValue(pos, sel.iface_method.sig, x=x, func=None,
                                  text=f"{self.expr_text(x, 8)}.{name}")
        f: ir.Func = sel.method
        self.ref_func(f)
        recv = self.receiver_arg(x, f, pos)
        return ir.MethodValue(pos, T.Signature(f.sig.params, f.sig.results, f.sig.variadic),
                              x=recv, func=f, text=f"{self.expr_text(x, 8)}.{name}")
