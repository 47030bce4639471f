"""Index, slice and type-assertion expressions.

``a[i]`` indexes strings (a byte value, never addressable), arrays
(addressable when the array is), pointers to arrays, slices and maps (a
*map index* operand: assignable, not addressable); ``G[int]`` instantiates
a generic type or function. Constant indices are checked against the
length ("index 5 out of bounds [0:3]"). ``x.(T)`` needs an interface
``x`` and a ``T`` that could be its dynamic type ("impossible type
assertion").
"""

from __future__ import annotations

from tree_sitter import Node

from ..syntax.nodes import named_children, text
from ..types import model as T
from . import constant as C
from .exprstr import expr_string
from .exprs import ExprChecker
from .operators import INVALID_OP
from .lookup import assertable_to
from .operand import Mode, Operand
from .predicates import all_integer, is_interface, is_string, is_untyped
from .relations import representable_const
from .subst import core_term
from .typemodel import INVALID, TypeParam, generic_of, is_valid


class IndexChecker(ExprChecker):
    """Indexing, slicing, instantiation by index, type assertions."""

    def index_expr(self, x: Operand, e: Node) -> None:
        base, idx_nodes = _index_parts(e)
        y = self.expr_or_type(base, allow_generic=True)
        x.mode, x.type, x.val, x.node = y.mode, y.type, y.val, y.node
        if x.mode is Mode.INVALID:
            self.use(*idx_nodes)
            return
        if x.mode is Mode.TYPEXPR:
            t = self.instantiated_type(base, idx_nodes, e)
            x.mode, x.type = (Mode.TYPEXPR, t) if is_valid(t) else (Mode.INVALID, INVALID)
            return
        if x.mode is Mode.VALUE and isinstance(x.type, T.Signature) and generic_of(x.type) is not None \
                and generic_of(x.type).targs is None:  # type: ignore[union-attr]
            self.func_inst(x, e, base, idx_nodes)
            return
        self.non_generic(x)
        if not x.valid():
            return
        u = x.type.under if not isinstance(x.type, TypeParam) else None
        if isinstance(x.type, TypeParam):
            core, _ = core_term(x.type)        # S ~[]E: x[i] is an E, addressable
            if core is not None and isinstance(core.type.under, T.Slice):
                u = core.type.under
        length = -1
        valid = False
        if isinstance(u, T.Basic) and is_string(u):
            valid = True
            if x.mode is Mode.CONSTANT and isinstance(x.val, C.STRINGS):
                length = C.string_len(x.val)
            x.mode, x.type = Mode.VALUE, T.BYTE
        elif isinstance(u, T.Array):
            valid, length = True, u.length
            if x.mode is not Mode.VARIABLE:
                x.mode = Mode.VALUE
            x.type = u.elem
        elif isinstance(u, T.Pointer) and isinstance(u.elem.under, T.Array):
            arr = u.elem.under
            valid, length = True, arr.length
            x.mode, x.type = Mode.VARIABLE, arr.elem
        elif isinstance(u, T.Slice):
            valid = True
            x.mode, x.type = Mode.VARIABLE, u.elem
        elif isinstance(u, T.Map):
            index = self.single_index(e, idx_nodes)
            if index is None:
                x.invalidate()
                return
            key = self.generic_expr(index)
            self.assignment(key, u.key, "map index")
            x.mode, x.type, x.node = Mode.MAPINDEX, u.elem, e
            return
        elif isinstance(x.type, TypeParam):
            self.use(*idx_nodes)
            x.mode, x.type = Mode.VALUE, INVALID
            return
        if not valid:
            self.error(_bracket(e), INVALID_OP + f"cannot index {self.ostr(x)}")
            self.use(*idx_nodes)
            x.invalidate()
            return
        index = self.single_index(e, idx_nodes)
        if index is None:
            x.invalidate()
            return
        self.index(index, length)

    def single_index(self, e: Node, idx_nodes: list[Node]) -> Node | None:
        if not idx_nodes:
            self.error(e, f"missing index for {text(e)}")
            return None
        if len(idx_nodes) > 1:
            self.error(idx_nodes[1], INVALID_OP + "more than one index")
        return idx_nodes[0]

    def index(self, node: Node, max_: int) -> tuple[T.Type, int]:
        """Check an index expression; its type and constant value (-1 when not constant)."""
        x = self.expr(node)
        if not self.is_valid_index(x, "index", False):
            return INVALID, -1
        if x.mode is not Mode.CONSTANT:
            return x.type, -1
        if x.val is None:
            return INVALID, -1
        v = C.to_int(x.val)
        if max_ >= 0 and v >= max_:
            self.error(x, f"invalid argument: index {C.string(x.val)} out of bounds [0:{max_}]")
            return INVALID, -1
        return x.type, v

    def is_valid_index(self, x: Operand, what: str, allow_negative: bool) -> bool:
        if not x.valid():
            return False
        self.convert_untyped(x, T.INT)
        if not x.valid():
            return False
        if not all_integer(x.type):
            self.error(x, f"invalid argument: {what} {self.ostr(x)} must be integer")
            return False
        if x.mode is Mode.CONSTANT and x.val is not None:
            v = C.to_int(x.val)
            if not allow_negative and v < 0:
                self.error(x, f"invalid argument: {what} {self.ostr(x)} must not be negative")
                return False
            if not representable_const(v, T.INT)[0]:
                self.error(x, f"invalid argument: {what} {self.ostr(x)} overflows int")
                return False
        return True

    def slice_expr(self, x: Operand, e: Node) -> None:
        y = self.expr(e.child_by_field_name("operand"))
        parts = [e.child_by_field_name(f) for f in ("start", "end", "capacity")]
        x.mode, x.type, x.val, x.node = y.mode, y.type, y.val, y.node
        if not x.valid():
            self.use(*parts)
            return
        full = parts[2] is not None or sum(1 for c in e.children if c.type == ":") == 2
        u = x.type.under if not isinstance(x.type, TypeParam) else None
        if isinstance(x.type, TypeParam):
            core, _ = core_term(x.type)        # S ~[]E: x[i] is an E, addressable
            if core is not None and isinstance(core.type.under, T.Slice):
                u = core.type.under
        length = -1
        valid = False
        if isinstance(u, T.Basic) and is_string(u):
            if full:
                self.error(parts[2] or e, INVALID_OP + "3-index slice of string")
                x.invalidate()
                return
            valid = True
            if x.mode is Mode.CONSTANT and isinstance(x.val, C.STRINGS):
                length = C.string_len(x.val)
            if is_untyped(x.type):
                x.type = T.STRING
        elif isinstance(u, T.Array):
            valid, length = True, u.length
            if x.mode is not Mode.VARIABLE:
                self.error(x, f"cannot slice unaddressable value {self.ostr(x)}")
                x.invalidate()
                return
            x.type = T.Slice(u.elem)
        elif isinstance(u, T.Pointer) and isinstance(u.elem.under, T.Array):
            arr = u.elem.under
            valid, length = True, arr.length
            x.type = T.Slice(arr.elem)
        elif isinstance(u, T.Slice):
            valid = True
        elif isinstance(x.type, TypeParam):
            self.use(*parts)
            x.mode = Mode.VALUE
            return
        if not valid:
            self.error(x, f"cannot slice {self.ostr(x)}")
            x.invalidate()
            return
        x.mode = Mode.VALUE
        ind = []
        for i, p in enumerate(parts):
            v = -1
            if p is not None:
                _, v0 = self.index(p, length + 1 if length >= 0 else -1)
                if v0 >= 0:
                    v = v0
            elif i == 0:
                v = 0
            elif length >= 0:
                v = length
            ind.append(v)
        for i in range(2):
            if ind[i] > 0:
                for j in range(i + 1, 3):
                    if ind[j] >= 0 and ind[j] < ind[i] and parts[j] is not None:
                        self.error(parts[j], f"invalid slice indices: {ind[j]} < {ind[i]}")
                        return

    def type_assertion_expr(self, x: Operand, e: Node) -> None:
        y = self.expr(e.child_by_field_name("operand"))
        x.mode, x.type, x.val, x.node = y.mode, y.type, y.val, y.node
        tnode = e.child_by_field_name("type")
        if not x.valid():
            return
        if isinstance(x.type, TypeParam):
            self.error(x, INVALID_OP + f"cannot use type assertion on type parameter value {self.ostr(x)}")
            x.invalidate()
            return
        if not is_interface(x.type):
            self.error(x, INVALID_OP + f"{self.ostr(x)} is not an interface")
            x.invalidate()
            return
        t = self.var_type(tnode)
        if not is_valid(t):
            x.invalidate()
            return
        self.type_assertion(e, x, t, False)
        x.mode, x.type = Mode.COMMAOK, t

    def type_assertion(self, e: Node, x: Operand, t: T.Type, type_switch: bool) -> None:
        ok, cause = assertable_to(x.type, t, self.qualifier)
        if ok:
            return
        if type_switch:
            self.error(e, f"impossible type switch case: {text(e)}\n\t{self.ostr(x)} cannot have "
                          f"dynamic type {self.tstr(t)} {cause}")
            return
        self.error(e, f"impossible type assertion: {expr_string(e)}",
                   (f"\t{self.tstr(t)} does not implement {self.tstr(x.type)} {cause}",))

    def func_inst(self, x: Operand, e: Node, base: Node, idx_nodes: list[Node]) -> None:
        """``f[int]``: explicit type arguments for a generic function."""
        sig: T.Signature = x.type  # type: ignore[assignment]
        g = generic_of(sig)
        assert g is not None
        targs = [self.var_type(n) for n in idx_nodes]
        if not all(is_valid(t) for t in targs):
            x.invalidate()
            return
        if len(targs) > len(g.tparams):
            self.error(idx_nodes[len(targs) - 1],
                       f"got {len(targs)} type arguments but want {len(g.tparams)}")
            x.invalidate()
            return
        x.node = e
        if len(targs) < len(g.tparams):
            x.targs = targs
            x.mode = Mode.VALUE
            return
        i, cause = self.verify(g.tparams, targs)
        if i >= 0:
            self.error(idx_nodes[i], cause)
        x.type = self.instantiate_sig(sig, targs)
        x.mode = Mode.VALUE


def _index_parts(e: Node) -> tuple[Node, list[Node]]:
    if e.type == "index_expression":
        base = e.child_by_field_name("operand")
        idx = e.child_by_field_name("index")
        parts = [idx] if idx is not None else []
        if idx is not None and idx.type == "type_elem":
            parts = named_children(idx) if len(named_children(idx)) == 1 else [idx]
        return base, parts
    if e.type == "generic_type":
        base = e.child_by_field_name("type")
        targs = e.child_by_field_name("type_arguments")
        return base, named_children(targs) if targs is not None else []
    base = e.child_by_field_name("type")
    return base, [c for c in named_children(e) if c is not base]


def _bracket(e: Node) -> Node:
    for c in e.children:
        if c.type == "[":
            return c
    return e
