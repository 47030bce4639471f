"""Control flow: if, for, switch, type switch, select, labels and jumps.

Conditions that gc's ``staticBool`` folds drop their dead branch before
escape analysis, as gc does. A type-switch clause declares its own copy
of the switch variable, positioned where gc puts it (the end of the last
listed type).
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import GoTypeError, Pos
from ..ir import nodes as ir
from ..syntax.nodes import child_of_type, named_children, pos_of, text
from ..types import model as T
from .ranges import RangeLowerer


class ControlLowerer(RangeLowerer):
    """Branches, loops, switches, select and jumps."""

    def s_if_statement(self, node: Node) -> list[Any]:
        self.push()
        init = self.simple(node.child_by_field_name("initializer"))
        cond, c = static_bool(self.expr(node.child_by_field_name("condition")))
        then_node = node.child_by_field_name("consequence")
        alt = node.child_by_field_name("alternative")
        then: list[Any] = []
        els: list[Any] = []
        then_term = else_term = False
        if c >= 0:
            then = self.block_stmts(then_node)
            then_term = then.terminating  # type: ignore[attr-defined]
        else:
            self.lower_dead(then_node)
        if alt is not None:
            if c <= 0:
                els = self.block_stmts(alt) if alt.type == "block" else self.stmt(alt)
                else_term = bool(getattr(els, "terminating", False)) if alt.type == "block" else \
                    bool(els) and bool(getattr(els[-1], "terminating", False))
            else:
                self.lower_dead(alt)
        self.pop()
        st = ir.If(pos_of(node), cond=cond, then=then, els=els, init=init, static=c)
        st.terminating = (c < 0 or then_term) and (c > 0 or else_term)  # type: ignore[attr-defined]
        return [st]

    def simple(self, node: Node | None) -> list[Any]:
        return self.stmt(node) if node is not None else []

    def s_for_statement(self, node: Node) -> list[Any]:
        body_node = node.child_by_field_name("body")
        clause = None
        for c in named_children(node):
            if c.type in ("for_clause", "range_clause"):
                clause = c
        self.push()
        pos = pos_of(node)
        if clause is not None and clause.type == "range_clause":
            out = self.range_stmt(clause, body_node, pos)
            self.pop()
            return out
        init: list[Any] = []
        cond = post = None
        if clause is not None:
            init = self.simple(clause.child_by_field_name("initializer"))
            cn = clause.child_by_field_name("condition")
            cond = self.expr(cn) if cn is not None else None
            pn = clause.child_by_field_name("update")
            post_l = self.simple(pn)
            # one statement, as gc's: ``a, _ = t.(*T)`` goes through temporaries first
            post = post_l[-1] if post_l else None
            if post is not None:
                post.init = post_l[:-1] + post.init
        else:
            conds = [c for c in named_children(node) if c.type != "block"]
            cond = self.expr(conds[0]) if conds else None
        always_false = False
        if cond is not None:
            cond, c = static_bool(cond)
            always_false = c < 0
        if always_false:
            post = None
            self.lower_dead(body_node)
            body: list[Any] = []
        else:
            body = self.block_stmts(body_node)
        self.pop()
        loop_vars = [s.var for s in init if isinstance(s, ir.Decl)]
        per_iter = [v for v in loop_vars if v.addrtaken_syntax or v.captured_syntax]
        st = ir.For(pos, cond=cond, post=post, body=body, per_iter=per_iter, init=init)
        return [st]

    def s_labeled_statement(self, node: Node) -> list[Any]:
        name = text(node.child_by_field_name("label"))
        rest = [c for c in named_children(node) if c.type != "label_name"]
        out: list[Any] = [ir.Label(pos_of(node), name=name)]
        for r in rest:
            out.extend(self.stmt(r))
        return out

    def s_goto_statement(self, node: Node) -> list[Any]:
        lab = named_children(node)
        return [ir.Branch(pos_of(node), kind="goto", label=text(lab[0]) if lab else "")]

    def s_break_statement(self, node: Node) -> list[Any]:
        lab = named_children(node)
        return [ir.Branch(pos_of(node), kind="break", label=text(lab[0]) if lab else "")]

    def s_continue_statement(self, node: Node) -> list[Any]:
        lab = named_children(node)
        return [ir.Branch(pos_of(node), kind="continue", label=text(lab[0]) if lab else "")]

    def s_fallthrough_statement(self, node: Node) -> list[Any]:
        return [ir.Branch(pos_of(node), kind="fallthrough")]

    def s_expression_switch_statement(self, node: Node) -> list[Any]:
        self.push()
        init = self.simple(node.child_by_field_name("initializer"))
        vnode = node.child_by_field_name("value")
        clauses = [c for c in named_children(node) if c.type in ("expression_case", "default_case")]
        taken = self.constant_switch(vnode, clauses)
        if taken is not NOT_CONSTANT:
            # gc keeps only the clause always taken, as a default clause of a switch without tag
            cases: list[ir.CaseClause] = []
            with self.discarding():
                if vnode is not None:
                    self.expr(vnode)
                for c in clauses:
                    if c is not taken:
                        self.case_clause(c, None)
            if taken is not None:
                cases.append(ir.CaseClause(pos_of(taken), exprs=[], body=self.case_body(taken)))
            self.pop()
            return [ir.Switch(pos_of(node), tag=None, cases=cases, init=init)]
        tag = self.default(self.expr(vnode)) if vnode is not None else None
        cases = [self.case_clause(c, tag) for c in clauses]
        self.pop()
        return [ir.Switch(pos_of(node), tag=tag, cases=cases, init=init)]

    def case_clause(self, c: Node, tag: ir.Expr | None) -> ir.CaseClause:
        exprs: list[ir.Expr] = []
        if c.type == "expression_case":
            for e in self.exprs(c.child_by_field_name("value")):
                x = self.expr(e)
                if tag is not None:
                    x = self.convert_to(x, tag.type)
                exprs.append(x)
        return ir.CaseClause(pos_of(c), exprs=exprs, body=self.case_body(c))

    def case_body(self, c: Node) -> list[Any]:
        self.push()
        lst = child_of_type(c, "statement_list")
        body = self.stmt_list(named_children(lst) if lst is not None else [])
        self.pop()
        return body

    def constant_switch(self, vnode: Node | None, clauses: list[Node]) -> Node | None | object:
        """The clause a switch on a constant always takes (None: none), as gc's IR writer
        finds it; ``NOT_CONSTANT`` when a case is not constant or the clause falls through."""
        with self.discarding():
            tag = self.default(self.expr(vnode)) if vnode is not None else None
            if tag is not None and not isinstance(tag, ir.Const):
                return NOT_CONSTANT
            want = True if tag is None else tag.value
            taken = None
            for c in clauses:
                if c.type == "default_case":
                    taken = c
                    continue
                for e in self.exprs(c.child_by_field_name("value")):
                    x = self.expr(e)
                    if not isinstance(x, ir.Const):
                        return NOT_CONSTANT
                    if x.value == want:
                        taken = c
                        break
                else:
                    continue
                break
        if taken is not None and _falls_through(taken):
            return NOT_CONSTANT
        return taken

    def s_type_switch_statement(self, node: Node) -> list[Any]:
        self.push()
        init = self.simple(node.child_by_field_name("initializer"))
        alias = node.child_by_field_name("alias")
        x = self.expr(node.child_by_field_name("value"))
        if not x.type.is_interface():
            raise GoTypeError(pos_of(node), "not an interface")
        bind = None
        if alias is not None:
            names = self.exprs(alias)
            bind = text(names[0])
        cases: list[ir.CaseClause] = []
        clause_vars: list[ir.Var] = []
        for c in named_children(node):
            if c.type not in ("type_case", "default_case"):
                continue
            tnodes = [t for t in c.children_by_field_name("type") if t.is_named] \
                if c.type == "type_case" else []
            types_: list[T.Type | None] = []
            for tn in tnodes:
                if tn.type == "identifier" and text(tn) == "nil" or text(tn) == "nil":
                    types_.append(None)
                else:
                    types_.append(self.read_type(tn))
            self.push()
            var = None
            if bind is not None and bind != "_":
                vt = types_[0] if len(types_) == 1 and types_[0] is not None else x.type
                vpos = type_end_pos(tnodes[-1]) if tnodes else pos_of(c)
                var = ir.Var(bind, vt, vpos, ir.VarClass.AUTO, self.fn)
                var.switch_var = True  # type: ignore[attr-defined]
                self.fn.dcl.append(var)
                self.scope.declare(bind, var)
                clause_vars.append(var)
            lst = child_of_type(c, "statement_list")
            body = self.stmt_list(named_children(lst) if lst is not None else [])
            self.pop()
            cases.append(ir.CaseClause(pos_of(c), exprs=[], body=body, var=var, var_type=var.type
                                       if var else None, nil_case=None in types_, types=types_))
        self.pop()
        sw = ir.Switch(pos_of(node), tag=x, cases=cases, type_switch=True,
                       bound=bind is not None, init=init)
        for v in clause_vars:
            v.defn = sw          # defined by the switch itself, as gc's Defn is the guard
        return [sw]

    def s_select_statement(self, node: Node) -> list[Any]:
        cases: list[ir.SelectCase] = []
        for c in named_children(node):
            if c.type not in ("communication_case", "default_case"):
                continue
            self.push()
            comm = None
            cn = c.child_by_field_name("communication")
            if cn is not None:
                if cn.type == "send_statement":
                    comm = self.s_send_statement(cn)
                else:
                    comm = self.receive(cn)
            lst = child_of_type(c, "statement_list")
            body = self.stmt_list(named_children(lst) if lst is not None else [])
            self.pop()
            cases.append(ir.SelectCase(pos_of(c), comm=comm, body=body))
        return [ir.Select(pos_of(node), cases=cases)]

    def receive(self, node: Node) -> list[Any]:
        right = node.child_by_field_name("right")
        left = node.child_by_field_name("left")
        if left is None:
            e = self.expr(right)
            return [ir.ExprStmt(e.pos, x=e)]
        lnodes = self.exprs(left)
        optok = child_of_type(node, ":=") or child_of_type(node, "=")
        pos = pos_of(optok) if optok else pos_of(node)
        if optok is not None and optok.type == ":=":
            return self.define(lnodes, [right], pos)
        lhs = [self.lhs(n) for n in lnodes]
        rhs = self.expr(right)
        if len(lhs) == 1:
            return [ir.Assign(pos, x=lhs[0], y=rhs)]
        out, vals = self.through_temps(rhs, len(lhs), pos)   # gc counts these temporaries
        vals = [self.convert_to(v, d.type) if d is not None else v for v, d in zip(vals, lhs)]
        out.append(ir.Assign2(pos, lhs=lhs, rhs=vals, kind=ir.Assign2Kind.PAIR))
        return out


NOT_CONSTANT = object()
"""A switch gc's IR writer leaves as it is."""


def _falls_through(clause: Node) -> bool:
    lst = child_of_type(clause, "statement_list")
    stmts = [s for s in named_children(lst) if s.type != "empty_statement"] if lst is not None else []
    return bool(stmts) and stmts[-1].type == "fallthrough_statement"


def static_bool(e: ir.Expr) -> tuple[ir.Expr, int]:
    """gc's staticBool: +1 always true, -1 always false, 0 unknown; may shorten the condition.

    Like gc's, it does not look inside parentheses, and ``!x`` is as static as ``x``
    with the same sign (gc's own quirk)."""
    if isinstance(e, ir.Const) and isinstance(e.value, bool):
        return e, (1 if e.value else -1)
    if e.paren:
        return e, 0
    if isinstance(e, ir.Unary) and e.op == "!":
        _, v = static_bool(e.x)
        return e, v
    if isinstance(e, ir.Binary) and e.op in ("&&", "||"):
        x_e, x = static_bool(e.x)
        if e.op == "&&":
            if x < 0:
                return e.x, x
            _, y = static_bool(e.y)
            if x > 0 or y < 0:
                return (e.y if isinstance(e.x, ir.Const) else e), y
        else:
            if x > 0:
                return e.x, x
            _, y = static_bool(e.y)
            if x < 0 or y > 0:
                return (e.y if isinstance(e.x, ir.Const) else e), y
    return e, 0


def type_end_pos(node: Node) -> Pos:
    """gc's position of a type-switch clause variable: the end of the last listed type."""
    k = node.type
    if k in ("type_identifier", "identifier"):
        return pos_of(node)
    if k == "qualified_type":
        return pos_of(node)
    if k in ("pointer_type", "slice_type", "parenthesized_type"):
        return type_end_pos(named_children(node)[-1])
    if k == "array_type":
        return type_end_pos(node.child_by_field_name("element"))
    if k == "channel_type":
        return type_end_pos(node.child_by_field_name("value"))
    if k == "map_type":
        return type_end_pos(node.child_by_field_name("value"))
    if k == "function_type":
        r = node.child_by_field_name("result")
        if r is not None:
            if r.type == "parameter_list":
                decls = named_children(r)
                if decls:
                    return type_end_pos(decls[-1].child_by_field_name("type"))
            else:
                return type_end_pos(r)
        ps = named_children(node.child_by_field_name("parameters"))
        if ps:
            return type_end_pos(ps[-1].child_by_field_name("type"))
        return pos_of(node)
    if k == "interface_type":
        ms = named_children(node)
        if ms:
            last = ms[-1]
            if last.type == "method_elem":
                r = last.child_by_field_name("result")
                if r is not None:
                    return type_end_pos(r) if r.type != "parameter_list" else pos_of(r)
                return pos_of(last.child_by_field_name("parameters"))
        return pos_of(node)
    if k == "struct_type":
        return pos_of(node)
    if k == "generic_type":
        args = node.child_by_field_name("type_arguments")
        if args is not None and named_children(args):
            return type_end_pos(named_children(args)[-1])
    return pos_of(node)
