"""Assignments, short variable declarations and returns: matching left sides to right sides.

Counts must agree ("assignment mismatch: 2 variables but f returns 1
value", "not enough return values" with gc's have/want lines); each value
must be assignable; the left side must be addressable or a map index
("cannot assign to struct field m[k].f in map", "cannot assign to s[0]
(neither addressable nor a map index expression)"); ``:=`` must declare at
least one new variable ("no new variables on left side of :=").
Assigning to a variable does not count as using it.
"""

from __future__ import annotations

from tree_sitter import Node

from ..syntax.nodes import IDENTIFIER_NODES, named_children, strip_parens, text
from ..types import model as T
from .operators import INVALID_OP
from .exprs import MAYBE_GENERIC
from .exprstr import expr_string
from .literals import LiteralChecker
from .objects import Var, VarKind
from .operand import Mode, Operand
from .predicates import all_numeric, default_type, is_untyped
from .typemodel import INVALID, is_valid
from .typestr import types_summary


def exprs_of(node: Node | None) -> list[Node]:
    if node is None:
        return []
    if node.type == "expression_list":
        return named_children(node)
    return [node]


class AssignChecker(LiteralChecker):
    """Assignments and declarations of local variables."""

    def lhs_var(self, lhs: Node) -> T.Type | None:
        """The type of an assignment's left side; None for ``_``, INVALID after an error."""
        ident = strip_parens(lhs)
        name = text(ident) if ident.type in IDENTIFIER_NODES else None
        if name == "_":
            return None
        v = self.lookup(name) if name is not None else None
        if v.__class__ is Var and v.decl is None and ident is lhs:
            t = v.type_    # a local variable: what checking it as an expression finds
            if t is not None and t.__class__ is not T.Tuple and (
                    t.__class__ not in MAYBE_GENERIC or getattr(t, "generic", None) is None):
                return t if is_valid(t) else INVALID
        used = v.used if isinstance(v, Var) else False
        x = self.expr(lhs)
        if isinstance(v, Var):
            v.used = used
        if x.mode is Mode.INVALID or not is_valid(x.type):
            return INVALID
        if x.mode in (Mode.VARIABLE, Mode.MAPINDEX):
            return x.type
        inner = strip_parens(lhs)
        if inner.type == "selector_expression":
            op = self.expr(inner.child_by_field_name("operand"))
            if op.mode is Mode.MAPINDEX:
                self.error(x, f"cannot assign to struct field {expr_string(lhs)} in map")
                return INVALID
        self.error(x, f"cannot assign to {x.expr()} (neither addressable nor a map index expression)")
        return INVALID

    def assign_var(self, lhs: Node, rhs: Node | None, x: Operand | None, context: str) -> None:
        t = self.lhs_var(lhs)
        if t is INVALID:
            if x is not None:
                x.invalidate()
            else:
                self.use(rhs)
            return
        if x is None:
            assert rhs is not None
            x = self.expr(rhs)
        if t is None and context == "assignment":
            context = "assignment to _ identifier"
        self.assignment(x, t, context)

    def assign_vars(self, lhs: list[Node], rhs: list[Node]) -> None:
        l, r = len(lhs), len(rhs)
        context = "assignment" if l <= 1 else "multiple assignment"
        is_call = r == 1 and is_call_expr(rhs[0])
        if l == r and not is_call:
            for a, b in zip(lhs, rhs):
                self.assign_var(a, b, None, context)
            return
        if r != 1:
            ok_l = self.use_lhs(*lhs)
            ok_r = self.use(*rhs)
            if ok_l and ok_r:
                self.assign_error(rhs, l, r)
            return
        ops, _ = self.multi_expr(rhs[0], l == 2)
        if l == len(ops):
            for a, x in zip(lhs, ops):
                self.assign_var(a, None, x, context)
            return
        if ops[0].valid():
            self.assign_error(rhs, l, len(ops))
        self.use_lhs(*lhs)

    def init_var(self, v: Var, x: Operand, context: str) -> None:
        if x.mode is Mode.INVALID or not is_valid(x.type) or (v.type_ is not None and not is_valid(v.type_)):
            if v.type_ is None:
                v.type_ = INVALID
            x.invalidate()
            return
        if v.type_ is None:
            t = x.type
            if is_untyped(t):
                if t is T.UNTYPED_NIL:
                    self.error(x, f"use of untyped nil in {context}")
                    v.type_ = INVALID
                    x.invalidate()
                    return
                t = default_type(t)
            v.type_ = t
        self.assignment(x, v.type_, context)

    def init_vars(self, lhs: list[Var], rhs: list[Node], return_stmt: Node | None) -> None:
        l, r = len(lhs), len(rhs)
        context = "return statement" if return_stmt is not None else \
            "multiple assignment" if l > 1 else "assignment"
        is_call = r == 1 and is_call_expr(rhs[0])
        if l == r and not is_call:
            for v, e in zip(lhs, rhs):
                self.init_var(v, self.expr(e), context)
            return
        if r != 1:
            ops = [self.expr(e) for e in rhs]
            if all(o.mode is not Mode.INVALID for o in ops):
                if return_stmt is not None:
                    self.return_error(return_stmt, lhs, ops)
                else:
                    self.assign_error(rhs, l, r)
            for v in lhs:
                if v.type_ is None:
                    v.type_ = INVALID
            return
        ops, _ = self.multi_expr(rhs[0], l == 2 and return_stmt is None)
        if l == len(ops):
            for v, x in zip(lhs, ops):
                self.init_var(v, x, context)
            return
        if ops[0].valid():
            if return_stmt is not None:
                self.return_error(return_stmt, lhs, ops)
            else:
                self.assign_error(rhs, l, len(ops))
        for v in lhs:
            if v.type_ is None:
                v.type_ = INVALID

    def assign_error(self, rhs: list[Node], l: int, r: int) -> None:
        vars_ = f"{l} variable{'s' if l != 1 else ''}"
        vals = f"{r} value{'s' if r != 1 else ''}"
        r0 = rhs[0]
        if len(rhs) == 1 and is_call_expr(r0):
            fun = strip_parens(r0)
            fnode = fun.child_by_field_name("function") or fun.child_by_field_name("type")
            self.error(r0, f"assignment mismatch: {vars_} but {expr_string(fnode)} returns {vals}")
            return
        self.error(r0, f"assignment mismatch: {vars_} but {vals}")

    def return_error(self, at: Node, lhs: list[Var], rhs: list[Operand]) -> None:
        l, r = len(lhs), len(rhs)
        which = "not enough"
        pos: object = at
        if r > l:
            pos, which = rhs[l], "too many"
        elif r > 0:
            pos = rhs[r - 1]
        have = types_summary([o.type for o in rhs], False, False, self.qualifier)
        want = types_summary([v.type for v in lhs], False, False, self.qualifier)
        self.error(pos, f"{which} return values", (f"\thave {have}", f"\twant {want}"))  # type: ignore

    def short_var_decl(self, node: Node, lhs: list[Node], rhs: list[Node]) -> None:
        seen: set[str] = set()
        lhs_vars: list[Var | None] = []
        new_vars: list[tuple[Node, Var]] = []
        has_err = False
        for e in lhs:
            if e.type not in IDENTIFIER_NODES:
                self.use_lhs(e)
                self.error(e, f"non-name {expr_string(e)} on left side of :=")
                has_err = True
                lhs_vars.append(None)
                continue
            name = text(e)
            if name != "_":
                if name in seen:
                    self.error(e, f"{name} repeated on left side of :=")
                    has_err = True
                    lhs_vars.append(None)
                    continue
                seen.add(name)
            alt = self.scope.names.get(name)
            if alt is not None:
                if isinstance(alt, Var):
                    lhs_vars.append(alt)
                else:
                    self.error(e, f"cannot assign to {name}")
                    has_err = True
                    lhs_vars.append(None)
                continue
            v = Var(name, e, None, VarKind.LOCAL, self.fn)
            lhs_vars.append(v)
            if name != "_":
                new_vars.append((e, v))
        vs = [v if v is not None else Var("_", lhs[i], None, VarKind.LOCAL)
              for i, v in enumerate(lhs_vars)]
        self.init_vars(vs, rhs, None)
        if not new_vars and not has_err:
            op = next((c for c in node.children if c.type == ":="), node)
            self.error(op, "no new variables on left side of :=")
            return
        for e, v in new_vars:
            self.declare_local(e, v)

    def inc_dec(self, node: Node) -> None:
        lhs = named_children(node)[0]
        op = "++" if node.type == "inc_statement" else "--"
        x = self.expr(lhs)
        if x.mode is Mode.INVALID:
            return
        if not all_numeric(x.type):
            self.error(lhs, INVALID_OP + f"{expr_string(lhs)}{op} (non-numeric type {self.tstr(x.type)})")
            return
        self.assign_var(lhs, None, x, "assignment")

    def assign_op(self, node: Node, lhs: list[Node], rhs: list[Node], op: str) -> None:
        if len(lhs) != 1 or len(rhs) != 1:
            self.error(node, f"assignment operation {op} requires single-valued expressions")
            return
        x = Operand()
        self.binary(x, None, lhs[0], rhs[0], op)
        self.assign_var(lhs[0], None, x, "assignment")


def is_call_expr(node: Node) -> bool:
    """A call or conversion (in parentheses or not): the one expression that may give several values."""
    return strip_parens(node).type in ("call_expression", "type_conversion_expression")

