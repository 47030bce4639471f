"""Composite literals and function literals.

A composite literal's type decides its elements: struct literals are all
positional or all keyed ("mixture of field:value and value elements"),
with the right number of values and known, exported fields; array and
slice literals have in-range, distinct constant indices; map literals
have keys, distinct when constant ("duplicate key "apple" in map
literal"). An element whose type is elided takes the element type. A
function literal's body is checked as a function of its own that sees
the enclosing scope.
"""

from __future__ import annotations

from tree_sitter import Node

from ..syntax.nodes import IDENTIFIER_NODES, named_children, text
from ..types import model as T
from . import constant as C
from .builtins import BuiltinChecker
from .lookup import FieldRef, is_exported, lookup_error, lookup_field_or_method
from .operand import Mode, Operand
from .predicates import identical
from .typemodel import INVALID, TypeParam, is_valid


class LiteralChecker(BuiltinChecker):
    """Composite and function literals."""

    def composite_lit(self, x: Operand, e: Node, hint: T.Type | None) -> None:
        tnode = e.child_by_field_name("type") if e.type == "composite_literal" else None
        body = e.child_by_field_name("body") if e.type == "composite_literal" else e
        elems = [c for c in named_children(body) if c.type in ("literal_element", "keyed_element")] \
            if body is not None else []
        is_elem = False
        if tnode is not None:
            if tnode.type == "implicit_length_array_type":
                typ: T.Type = T.Array(-1, self.var_type(tnode.child_by_field_name("element")))
            else:
                typ = self.typ(tnode)
            base = typ
        elif hint is not None:
            typ = base = hint
            u = base.under if is_valid(base) else base
            if isinstance(u, T.Pointer):
                base = u.elem
            is_elem = True
        else:
            self.error(e, "missing type in composite literal")
            typ = base = INVALID
        u = base.under if is_valid(base) and not isinstance(base, TypeParam) else None
        if isinstance(u, T.Struct):
            self.struct_lit(x, e, body, elems, base, u)
        elif isinstance(u, T.Array):
            n = self.indexed_elts(elems, u.elem, u.length)
            if u.length < 0:
                u.length = n
        elif isinstance(u, T.Slice):
            self.indexed_elts(elems, u.elem, -1)
        elif isinstance(u, T.Map):
            self.map_lit(elems, u)
        else:
            for el in elems:
                v = el.child_by_field_name("value") if el.type == "keyed_element" else el
                self.use(_elem_expr(v))
            if is_valid(base) and not isinstance(base, TypeParam):
                what = " element" if is_elem else ""
                self.error(e, f"invalid composite literal{what} type {self.tstr(typ)}")
                x.invalidate()
                return
            if isinstance(base, TypeParam):
                x.mode, x.type = Mode.VALUE, typ
                return
        x.mode, x.type = (Mode.VALUE, typ) if is_valid(typ) else (Mode.INVALID, INVALID)

    def struct_lit(self, x: Operand, e: Node, body: Node, elems: list[Node], base: T.Type,
                   u: T.Struct) -> None:
        if not elems:
            return
        fields = u.fields
        owner = getattr(base, "path", "") if isinstance(base, T.Named) else ""
        if elems[0].type == "keyed_element":
            seen: set[int] = set()
            for el in elems:
                if el.type != "keyed_element":
                    self.error(el, "mixture of field:value and value elements in struct literal")
                    continue
                knode = _elem_expr(el.child_by_field_name("key"))
                vnode = _elem_expr(el.child_by_field_name("value"))
                v = self.generic_expr(vnode)
                if knode.type not in IDENTIFIER_NODES:
                    self.error(el, f"invalid field name {text(knode)} in struct literal")
                    continue
                key = text(knode)
                found = lookup_field_or_method(u, False, key) if owner == "" else \
                    lookup_field_or_method(base, False, key)
                if found.obj is None:
                    alt = (lookup_field_or_method(u, False, key, fold=True) if owner == "" else
                           lookup_field_or_method(base, False, key, fold=True)).obj
                    self.error(knode, lookup_error(self.tstr(base), key, alt, True))
                    continue
                if not isinstance(found.obj, FieldRef):
                    self.error(knode, f"{key} is not a field")
                    continue
                if found.indirect:
                    self.error(knode, f"invalid implicit pointer indirection to reach {key}")
                    continue
                ftype = found.obj.field.type
                self.assignment(v, ftype, "struct literal")
                idx = found.index[0] if found.index and len(found.index) == 1 else -1
                if idx >= 0:
                    if idx in seen:
                        self.error(el, f"duplicate field name {key} in struct literal")
                    seen.add(idx)
        else:
            for i, el in enumerate(elems):
                if el.type == "keyed_element":
                    self.error(el, "mixture of field:value and value elements in struct literal")
                    continue
                v = self.generic_expr(_elem_expr(el))
                if i >= len(fields):
                    self.error(v, f"too many values in struct literal of type {self.tstr(base)}")
                    break
                fld = fields[i]
                if not is_exported(fld.name) and owner != "":
                    self.error(v, f"implicit assignment to unexported field {fld.name} in struct "
                                  f"literal of type {self.tstr(base)}")
                    continue
                self.assignment(v, fld.type, "struct literal")
            if len(elems) < len(fields):
                hint_s = ""
                if owner and any(not is_exported(f.name) for f in fields):
                    hint_s = " (type has unexported fields - use key:value pairs)"
                rbrace = next((c for c in reversed(body.children) if c.type == "}"), body)
                self.error(rbrace, f"too few values in struct literal of type {self.tstr(base)}{hint_s}")

    def indexed_elts(self, elems: list[Node], typ: T.Type, length: int) -> int:
        visited: set[int] = set()
        index = max_ = 0
        for el in elems:
            valid = False
            vnode = el
            if el.type == "keyed_element":
                knode = _elem_expr(el.child_by_field_name("key"))
                t, i = self.index(knode, length)
                if is_valid(t):
                    if i >= 0:
                        index, valid = i, True
                    else:
                        self.error(el, f"index {text(knode)} must be integer constant")
                vnode = el.child_by_field_name("value")
            elif length >= 0 and index >= length:
                self.error(el, f"index {index} is out of bounds (>= {length})")
            else:
                valid = True
            if valid:
                if index in visited:
                    self.error(el, f"duplicate index {index} in array or slice literal")
                visited.add(index)
            index += 1
            max_ = max(max_, index)
            v = self.generic_expr(_elem_expr(vnode), typ)
            self.assignment(v, typ, "array or slice literal")
        return max_

    def map_lit(self, elems: list[Node], u: T.Map) -> None:
        key_is_iface = isinstance(u.key.under, T.Interface) and not isinstance(u.key, TypeParam)
        visited: dict[object, list[T.Type]] = {}
        for el in elems:
            if el.type != "keyed_element":
                self.error(el, "missing key in map literal")
                continue
            k = self.generic_expr(_elem_expr(el.child_by_field_name("key")), u.key)
            self.assignment(k, u.key, "map literal")
            if not k.valid():
                continue    # gc skips the value: names used only there are unused
            if k.mode is Mode.CONSTANT and k.val is not None:
                kv = _key_val(k.val)
                dup = False
                if key_is_iface:
                    dup = any(identical(t, k.type) for t in visited.get(kv, []))
                    visited.setdefault(kv, []).append(k.type)
                else:
                    dup = kv in visited
                    visited[kv] = []
                if dup:
                    self.error(k, f"duplicate key {C.string(k.val)} in map literal")
                    continue
            v = self.generic_expr(_elem_expr(el.child_by_field_name("value")), u.elem)
            self.assignment(v, u.elem, "map literal")

    def func_lit(self, x: Operand, e: Node) -> None:
        saved_scope = self.scope
        self.open_scope(is_func=True)
        sig, params, results = self.signature(e.child_by_field_name("parameters"),
                                              e.child_by_field_name("result"), declare=True)
        body = e.child_by_field_name("body")
        if body is not None:
            self.func_body(sig, body, params + results)
        self.scope = saved_scope
        x.mode, x.type = Mode.VALUE, sig


def _elem_expr(node: Node | None) -> Node:
    """The expression inside a literal element (tree-sitter wraps each one)."""
    assert node is not None
    if node.type == "literal_element":
        inner = named_children(node)
        if inner:
            return inner[0]
    return node


def _key_val(v: object) -> object:
    """A constant as a map key: equal values of different kinds (1, 1.0) are one key."""
    v2 = C.to_int(C.to_float(v) if isinstance(v, C.Complex) else v)
    if isinstance(v2, C.Complex):
        return ("c", v2.re, v2.im)
    return v2

