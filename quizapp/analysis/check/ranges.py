"""``for ... range``: what can be ranged over and how many iteration variables it gives.

Strings give an index and a rune, arrays, pointers to arrays and slices
an index and an element, maps a key and a value, channels one element
(not from a send-only channel), integers one index, and functions of the
form ``func(yield func(...) bool)`` what ``yield`` takes. Anything else
"cannot range over" it; too many variables "permits only one iteration
variable".
"""

from __future__ import annotations

from tree_sitter import Node

from ..syntax.nodes import IDENTIFIER_NODES, text
from ..types import model as T
from .assign import AssignChecker, exprs_of
from .exprstr import expr_string
from .objects import Var, VarKind
from .operand import Mode, Operand
from .predicates import identical, is_boolean, is_integer, is_string
from .typemodel import INVALID, TypeParam, is_valid


class RangeChecker(AssignChecker):
    """Range clauses."""

    def range_stmt(self, node: Node, clause: Node, body: Node, ctx: int) -> None:
        lhs = exprs_of(clause.child_by_field_name("left"))
        is_def = any(c.type == ":=" for c in clause.children)
        skey = lhs[0] if lhs else None
        sval = lhs[1] if len(lhs) > 1 else None
        sextra = lhs[2] if len(lhs) > 2 else None
        self.has_call_or_recv = False
        x = self.expr(clause.child_by_field_name("right"))
        key: T.Type | None = None
        val: T.Type | None = None
        if x.valid():
            k, v, cause, ok = self.range_key_val(x.type)
            if not ok and cause:
                self.error(x, f"cannot range over {self.ostr(x)}: {cause}")
            elif not ok:
                self.error(x, f"cannot range over {self.ostr(x)}")
            elif k is None and skey is not None:
                self.error(skey, f"range over {self.ostr(x)} permits no iteration variables")
            elif v is None and sval is not None:
                self.error(sval, f"range over {self.ostr(x)} permits only one iteration variable")
            elif sextra is not None:
                self.error(sextra, "range clause permits at most two iteration variables")
            key, val = k, v
        self.open_scope()
        over_int = is_integer(x.type) if x.valid() else False
        if is_def:
            new_vars: list[tuple[Node, Var]] = []
            for i, e in enumerate((skey, sval)):
                if e is None:
                    continue
                name = text(e) if e.type in IDENTIFIER_NODES else "_"
                if e.type not in IDENTIFIER_NODES:
                    self.error(e, f"invalid syntax tree: cannot declare {expr_string(e)}")
                v = Var(name, e, None, VarKind.LOCAL, self.fn)
                if name != "_":
                    new_vars.append((e, v))
                t = (key, val)[i]
                if t is None or not is_valid(t):
                    v.type_ = INVALID
                    v.used = True
                    continue
                if over_int:
                    self.init_var(v, x, "range clause")
                else:
                    y = Operand(Mode.VALUE, t, None, e)
                    self.init_var(v, y, "assignment")
            if not new_vars and lhs:   # at the for statement, as types2 reports it
                self.error(node, "no new variables on left side of :=")
            for e, v in new_vars:
                self.declare_local(e, v)
        elif skey is not None:
            for i, e in enumerate((skey, sval)):
                if e is None:
                    continue
                t = (key, val)[i]
                if t is None or not is_valid(t):
                    continue
                if over_int:
                    self.assign_var(e, None, x, "range clause")
                else:
                    self.assign_var(e, None, Operand(Mode.VALUE, t, None, e), "assignment")
        elif over_int:
            self.assignment(x, None, "range clause")
        self.stmt(body, ctx)
        self.close_scope()

    def range_key_val(self, orig: T.Type) -> tuple[T.Type | None, T.Type | None, str, bool]:
        if isinstance(orig, TypeParam):
            return INVALID, INVALID, "", True
        u = orig.under
        if isinstance(u, T.Chan) and u.dir is T.ChanDir.SEND:
            return INVALID, INVALID, f"receive from send-only channel {self.tstr(orig)}", False
        if isinstance(u, T.Pointer) and isinstance(u.elem.under, T.Array):
            u = u.elem.under
        if isinstance(u, T.Basic):
            if is_string(u):
                return T.INT, T.RUNE, "", True
            if is_integer(u):
                return orig, None, "", True
        elif isinstance(u, (T.Array, T.Slice)):
            return T.INT, u.elem, "", True
        elif isinstance(u, T.Map):
            return u.key, u.elem, "", True
        elif isinstance(u, T.Chan):
            return u.elem, None, "", True
        elif isinstance(u, T.Signature):
            bad = "func must be func(yield func(...) bool): "
            if len(u.params) != 1:
                return INVALID, INVALID, bad + "wrong argument count", False
            if u.results:
                return INVALID, INVALID, bad + "unexpected results", False
            cb = u.params[0].type.under
            if not isinstance(cb, T.Signature):
                return INVALID, INVALID, bad + "argument is not func", False
            if len(cb.params) > 2:
                return INVALID, INVALID, bad + "yield func has too many parameters", False
            if len(cb.results) != 1 or not identical(cb.results[0].type, T.BOOL):
                if len(cb.results) == 1 and is_boolean(cb.results[0].type):
                    return INVALID, INVALID, bad + "yield func returns user-defined boolean, not bool", False
                return INVALID, INVALID, bad + "yield func does not return bool", False
            if cb.variadic:
                return INVALID, INVALID, f"yield func of type {self.tstr(cb)} cannot be variadic", False
            k = cb.params[0].type if cb.params else None
            v = cb.params[1].type if len(cb.params) > 1 else None
            return k, v, "", True
        return INVALID, INVALID, "", False

    def stmt(self, node: Node, ctx: int = 0) -> None:
        raise NotImplementedError
