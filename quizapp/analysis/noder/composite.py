"""Composite literals and function literals.

A composite literal's type may be elided inside another (``[]T{{1, 2}}``);
``want`` carries it down. Keys fold as constants; a slice literal's length
is its highest index plus one, as gc counts it.
"""

from __future__ import annotations

from tree_sitter import Node

from ..errors import GoTypeError
from ..ir import nodes as ir
from ..syntax.nodes import named_children, pos_of, text
from ..types import model as T
from .selector import SelectorLowerer


class CompositeLowerer(SelectorLowerer):
    """``T{...}`` literals; function literals are lowered by ``funcs.FuncLowerer``."""

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
            names: list[str] = []
            for i, el in enumerate(items):
                if el.type == "keyed_element":
                    kn, vn = named_children(el)
                    fname = text(named_children(kn)[0] if kn.type == "literal_element" else kn)
                    f = u.field(fname)
                    if f is None:
                        raise GoTypeError(pos_of(kn), f"unknown field {fname} in struct literal")
                    elems.append((None, self.element(vn, f.type)))
                    names.append(fname)
                else:
                    if i >= len(u.fields):
                        raise GoTypeError(pos_of(el), "too many values in struct literal")
                    elems.append((None, self.element(el, u.fields[i].type)))
                    names.append(u.fields[i].name)
            return ir.CompLit(pos, t, kind="struct", elems=elems, type_text=spelled, fields=names)
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
