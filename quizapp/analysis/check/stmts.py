"""Statements and function bodies.

A body is checked statement by statement in its own scopes; at its end,
a function with results must end in a terminating statement ("missing
return") and every local variable must have been used ("declared and not
used: x", reported in position order). Expression statements must be
calls or receives ("append(s, 1) (value of type []int) is not used");
``go``/``defer`` need a call that is not a conversion or a value-only
built-in; conditions must be boolean; switch cases must be distinct
constants ("duplicate case 1 (constant of type int) in expression
switch"); select cases must be sends or receives. Labels and
break/continue/goto/fallthrough are gc's syntax checks (``syntax.branches``).
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..syntax.nodes import fields, gc_pos, named_children, pos_of, start_pos, strip_parens, text
from ..types import model as T
from . import constant as C
from .assign import exprs_of, is_call_expr
from .base import FuncContext
from .exprs import ExprKind
from .objects import Nil, Var, VarKind
from .operand import Mode, Operand
from .predicates import all_boolean, comparable_cause, has_nil, identical, is_interface
from .ranges import RangeChecker
from .returns import Terminating, body_statements, clause_statements, clauses
from .typemodel import INVALID, TypeParam, is_valid

MAX_WIDTH = 1 << 50
"""gc's largest type size on amd64 (``types.MaxWidth``)."""

SIMPLE = ("expression_statement", "send_statement", "inc_statement", "dec_statement",
          "assignment_statement", "short_var_declaration")


class StmtChecker(RangeChecker):
    """Function bodies and statements."""

    huge: list[tuple[object, T.Type]]

    def declare_local(self, name_node: Node, obj: Var) -> None:
        name = obj.name     # (the name node's text)
        self.note_size(obj)
        if name == "_":
            return
        self.scope.names[name] = obj
        if obj.kind is VarKind.LOCAL and self.fn is not None:
            self.fn.locals.append(obj)

    def note_size(self, v: Var) -> None:
        """A variable too large for memory, for gc's back end to refuse once the types check."""
        t = v.type_
        if t is not None and isinstance(t.under, (T.Array, T.Struct)) and is_valid(t):
            try:
                big = t.size() >= MAX_WIDTH
            except (RecursionError, AssertionError, AttributeError):
                big = False
            if big:
                self.huge.append((v.pos, t))

    def func_body(self, sig: T.Signature, body: Node, params: list[Var]) -> None:
        saved_fn, saved_iota = self.fn, self.iota
        self.fn = FuncContext(sig)
        self.iota = None
        for v in params:
            v.fn = self.fn
        stmts = body_statements(body)
        self.stmt_list(stmts, 0)
        if sig.results and not Terminating(self.panic_calls).list(stmts):
            rbrace = next((c for c in reversed(body.children) if c.type == "}"), body)
            self.error(rbrace, "missing return")
        self.usage(self.fn)
        self.fn, self.iota = saved_fn, saved_iota

    def usage(self, fn: FuncContext) -> None:
        unused = [v for v in fn.locals if not v.used]
        for v in sorted(unused, key=lambda v: (v.pos.line, v.pos.col) if v.pos else (0, 0)):
            self.error(v.pos, f"declared and not used: {v.name}")  # type: ignore[arg-type]

    def stmt_list(self, stmts: list[Node], ctx: int) -> None:
        for s in stmts:
            self.stmt(s, ctx)

    def block(self, node: Node, ctx: int) -> None:
        self.open_scope()
        self.stmt_list(body_statements(node), ctx)
        self.close_scope()

    def stmt(self, node: Node, ctx: int = 0) -> None:
        table = _STMT_TABLES.get(self.__class__) or _stmt_table(self.__class__)
        f = table.get(node.type)
        if f is not None:
            f(self, node, ctx)

    # ------------------------------------------------------------ simple statements
    def s_expression_statement(self, node: Node, ctx: int) -> None:
        e = named_children(node)[0]
        x = self.raw_expr(e)
        kind = self.last_kind
        if x.mode is Mode.BUILTIN:
            msg = "must be called"
        elif x.mode is Mode.TYPEXPR:
            msg = "is not an expression"
        else:
            if kind == ExprKind.STATEMENT:
                return
            msg = "is not used"
        self.error(x, f"{self.ostr(x)} {msg}")

    def s_send_statement(self, node: Node, ctx: int) -> None:
        ch = self.expr(node.child_by_field_name("channel"))
        val = self.generic_expr(node.child_by_field_name("value"))
        if ch.mode is Mode.INVALID or val.mode is Mode.INVALID:
            return
        elem = self.chan_elem(node, ch, recv=False)
        if elem is not None:
            self.assignment(val, elem, "send")

    def s_inc_statement(self, node: Node, ctx: int) -> None:
        self.inc_dec(node)

    s_dec_statement = s_inc_statement

    def s_assignment_statement(self, node: Node, ctx: int) -> None:
        lhs = exprs_of(node.child_by_field_name("left"))
        rhs = exprs_of(node.child_by_field_name("right"))
        op = text(node.child_by_field_name("operator"))
        if op == "=":
            self.assign_vars(lhs, rhs)
        else:
            self.assign_op(node, lhs, rhs, op[:-1])

    def s_short_var_declaration(self, node: Node, ctx: int) -> None:
        self.short_var_decl(node, exprs_of(node.child_by_field_name("left")),
                            exprs_of(node.child_by_field_name("right")))

    def s_var_declaration(self, node: Node, ctx: int) -> None:
        self.decl_stmt(node)

    s_const_declaration = s_var_declaration
    s_type_declaration = s_var_declaration

    def s_labeled_statement(self, node: Node, ctx: int) -> None:
        for c in named_children(node):
            if c.type != "label_name":
                self.stmt(c, ctx)

    def s_go_statement(self, node: Node, ctx: int) -> None:
        self.suspended_call("go", named_children(node)[0])

    def s_defer_statement(self, node: Node, ctx: int) -> None:
        self.suspended_call("defer", named_children(node)[0])

    def suspended_call(self, keyword: str, call: Node) -> None:
        if call.type not in ("call_expression", "type_conversion_expression"):
            if call.type == "parenthesized_expression":
                self.error(call, f"expression in {keyword} must not be parenthesized")
            else:
                self.error(call, f"expression in {keyword} must be function call")
            self.use(call)
            return
        x = self.raw_expr(call)
        kind = self.last_kind
        if kind == ExprKind.CONVERSION:
            msg = "requires function call, not conversion"
        elif kind == ExprKind.EXPRESSION:
            msg = "discards result of"
        else:
            return
        self.error(x, f"{keyword} {msg} {self.ostr(x)}")

    def s_return_statement(self, node: Node, ctx: int) -> None:
        assert self.fn is not None
        sig = self.fn.sig
        results = exprs_of(next((c for c in named_children(node)), None))
        res = sig.results if sig is not None else []
        if not results and res and res[0].name:
            for p in res:
                alt = self.lookup(p.name)
                if alt is not None and getattr(alt, "kind", None) is not VarKind.RESULT:
                    self.error(node, f"result parameter {p.name} not in scope at return",
                               (f"\t{self.fpos(alt.pos)}: inner declaration of var {p.name} "
                                f"{self.tstr(alt.type)}",))
            return
        if len(results) == len(res) and (len(results) != 1 or not is_call_expr(results[0])) and \
                all(p.type is not None for p in res):
            # one value per result (init_vars' first case, without its variables)
            for p, e in zip(res, results):
                x = self.expr(e)
                if x.mode is Mode.INVALID or not is_valid(x.type) or not is_valid(p.type):
                    continue
                self.assignment(x, p.type, "return statement")
            return
        lhs = [Var(p.name, None, p.type, VarKind.RESULT) for p in res]
        self.init_vars(lhs, results, node)

    # ------------------------------------------------------------ compound statements
    def s_block(self, node: Node, ctx: int) -> None:
        self.block(node, ctx)

    def s_if_statement(self, node: Node, ctx: int) -> None:
        self.open_scope()
        init = node.child_by_field_name("initializer")
        if init is not None:
            self.stmt(init, 0)
        cond = node.child_by_field_name("condition")
        x = self.expr(cond)
        if x.mode is not Mode.INVALID and not all_boolean(x.type):
            self.error(cond, "non-boolean condition in if statement")
        self.stmt(node.child_by_field_name("consequence"), ctx)
        alt = node.child_by_field_name("alternative")
        if alt is not None:
            self.stmt(alt, ctx)
        self.close_scope()

    def s_for_statement(self, node: Node, ctx: int) -> None:
        body = node.child_by_field_name("body")
        rc = next((c for c in node.named_children if c.type == "range_clause"), None)
        if rc is not None:
            self.range_stmt(node, rc, body, ctx)
            return
        self.open_scope()
        fc = next((c for c in node.named_children if c.type == "for_clause"), None)
        if fc is not None:
            init = fc.child_by_field_name("initializer")
            if init is not None:
                self.stmt(init, 0)
            cond = fc.child_by_field_name("condition")
            post = fc.child_by_field_name("update")
        else:
            cond = next((c for c in node.named_children if c.type not in ("block", "comment")), None)
            post = None
        if cond is not None:
            x = self.expr(cond)
            if x.mode is not Mode.INVALID and not all_boolean(x.type):
                self.error(cond, "non-boolean condition in for statement")
        if post is not None:
            self.stmt(post, 0)
        self.stmt(body, ctx)
        self.close_scope()

    def s_expression_switch_statement(self, node: Node, ctx: int) -> None:
        self.open_scope()
        init = node.child_by_field_name("initializer")
        if init is not None:
            self.stmt(init, 0)
        tag = node.child_by_field_name("value")
        cls = clauses(node)
        if tag is not None:
            x = self.expr(tag)
            self.assignment(x, None, "switch expression")
            if x.mode is not Mode.INVALID and comparable_cause(x.type, True, self.tstr) is not None \
                    and not has_nil(x.type):
                self.error(x, f"cannot switch on {self.ostr(x)} ({self.tstr(x.type)} is not comparable)")
                x.invalidate()
        else:
            x = Operand(Mode.CONSTANT, T.BOOL, True, None)
            x.text = "true"
        self.multiple_defaults(cls)
        seen: dict[object, list[tuple[object, T.Type]]] = {}
        for cc in cls:
            if cc.type == "expression_case":
                self.case_values(x, exprs_of(cc.child_by_field_name("value")), seen)
            self.open_scope()
            self.stmt_list(clause_statements(cc), ctx)
            self.close_scope()
        self.close_scope()

    def multiple_defaults(self, cls: list[Node]) -> None:
        first: Node | None = None
        for cc in cls:
            if cc.type == "default_case":
                if first is not None:
                    self.error(cc, f"multiple defaults (first at {self.fpos(pos_of(first))})")
                else:
                    first = cc

    def case_values(self, x: Operand, values: list[Node], seen: dict[object, list[tuple[object, T.Type]]]) -> None:
        for e in values:
            v = self.expr(e)
            if x.mode is Mode.INVALID or v.mode is Mode.INVALID:
                continue
            self.convert_untyped(v, x.type)
            if v.mode is Mode.INVALID:
                continue
            res = v.copy()
            self.comparison(res, x, "==", True)
            if res.mode is Mode.INVALID:
                continue
            if v.mode is not Mode.CONSTANT or v.val is None:
                continue
            key = _go_val(v.val)
            if key is None:
                continue
            for pos, t in seen.get(key, []):
                if identical(v.type, t):
                    self.error(v, f"duplicate case {self.ostr(v)} in expression switch",
                               (f"\t{self.fpos(pos)}: previous case",))  # type: ignore[arg-type]
                    break
            else:
                seen.setdefault(key, []).append((_node_pos(v.node), v.type))

    def s_type_switch_statement(self, node: Node, ctx: int) -> None:
        self.open_scope()
        init = node.child_by_field_name("initializer")
        if init is not None:
            self.stmt(init, 0)
        alias = node.child_by_field_name("alias")
        lhs = named_children(alias)[0] if alias is not None else None
        if lhs is not None and text(lhs) == "_":
            self.error(lhs, "no new variable on left side of :=")
            lhs = None
        sx: Operand | None = None
        x = self.expr(node.child_by_field_name("value"))
        if x.mode is not Mode.INVALID:
            if isinstance(x.type, TypeParam):
                self.error(x, f"cannot use type switch on type parameter value {self.ostr(x)}")
            elif is_interface(x.type):
                sx = x
            else:
                self.error(x, f"{self.ostr(x)} is not an interface")
        cls = clauses(node)
        self.multiple_defaults(cls)
        seen: list[tuple[T.Type | None, Node]] = []
        lhs_vars: list[Var] = []
        for cc in cls:
            types = fields(cc, "type") \
                if cc.type == "type_case" else []
            t = self.case_types(sx, types, seen)
            self.open_scope()
            if lhs is not None:
                v = Var(text(lhs), lhs, t, VarKind.LOCAL, None)
                self.scope.names[v.name] = v
                lhs_vars.append(v)
            self.stmt_list(clause_statements(cc), ctx)
            self.close_scope()
        if lhs is not None and not any(v.used for v in lhs_vars):
            self.error(lhs, f"{text(lhs)} declared and not used")
        self.close_scope()

    def case_types(self, x: Operand | None, types: list[Node], seen: list[tuple[T.Type | None, Node]]) -> T.Type:
        t: T.Type | None = None
        for e in types:
            if strip_parens(e).type in ("nil", "type_identifier", "identifier") and text(strip_parens(e)) == "nil" \
                    and isinstance(self.lookup("nil"), Nil):
                t = None
            else:
                t = self.var_type(e)
                if not is_valid(t):
                    continue
            dup = next((other for st, other in seen
                        if (st is None and t is None) or (st is not None and t is not None and identical(st, t))),
                       None)
            if dup is not None:
                ts = "nil" if t is None else self.tstr(t)
                self.error(e, f"duplicate case {ts} in type switch", (f"\t{self.fpos(pos_of(dup))}: previous case",))
                continue
            seen.append((t, e))
            if x is not None and t is not None:
                self.type_assertion(e, x, t, True)
        if len(types) != 1 or t is None:
            return x.type if x is not None else INVALID
        return t

    def s_select_statement(self, node: Node, ctx: int) -> None:
        cls = clauses(node)
        self.multiple_defaults(cls)
        for cc in cls:
            comm = cc.child_by_field_name("communication") if cc.type == "communication_case" else None
            valid = cc.type == "default_case" or (comm is not None and comm.type == "send_statement")
            rhs: Node | None = None
            if comm is not None and comm.type == "receive_statement":
                r = comm.child_by_field_name("right")
                rhs = r if r is not None else named_children(comm)[-1]
            elif comm is not None and comm.type == "expression_statement":
                rhs = named_children(comm)[0]
            if rhs is not None:
                u = strip_parens(rhs)
                if u.type == "unary_expression" and text(u.child_by_field_name("operator")) == "<-":
                    valid = True
            if not valid:
                at: object = cc
                if comm is not None:
                    left = comm.child_by_field_name("left")
                    at = start_pos(left) if left is not None else gc_pos(rhs) if rhs is not None \
                        else comm
                self.error(at, "select case must be send or receive (possibly with assignment)")  # type: ignore
                continue
            self.open_scope()
            if comm is not None:
                if comm.type == "receive_statement":
                    self.receive_stmt(comm)
                else:
                    self.stmt(comm, 0)
            self.stmt_list(clause_statements(cc), ctx)
            self.close_scope()

    def receive_stmt(self, comm: Node) -> None:
        lhs = exprs_of(comm.child_by_field_name("left"))
        rhs = comm.child_by_field_name("right")
        if rhs is None:
            rhs = named_children(comm)[-1]
        if not lhs:
            self.expr(rhs)
            return
        if any(c.type == ":=" for c in comm.children):
            self.short_var_decl(comm, lhs, [rhs])
        else:
            self.assign_vars(lhs, [rhs])


_STMT_TABLES: dict[type, dict[str, Any]] = {}
"""For each checker class, the method (``s_KIND``) that checks each kind of statement."""


def _stmt_table(cls: type) -> dict[str, Any]:
    table = {name[2:]: getattr(cls, name) for name in dir(cls) if name.startswith("s_")}
    _STMT_TABLES[cls] = table
    return table


def _go_val(v: object) -> object:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, str)):
        return v
    x = C.to_int(v)
    if isinstance(x, int):
        return x
    if isinstance(x, C.Complex):
        return None
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, OverflowError):
        return None


def _node_pos(node: Node | None) -> object:
    """A node's own position as gc gives it (``x.Pos()``: the operator of an operation)."""
    return gc_pos(node) if node is not None else None
