"""Lowering a whole file: declarations, function bodies and statements.

This is our counterpart of gc's noder and front-end rewrites (spec §2.20):
it resolves every name, types every expression, and hands escape analysis
the desugared program: ``go``/``defer`` wrappers, per-iteration loop
variables, multi-value forwarding, dead code removed, constants folded.
A construct we cannot lower raises ``Unsupported``; the function that holds
it is then left out of the analysis rather than guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from . import constant as C
from . import ir
from . import types as T
from .errors import GoTypeError, Pos, Unsupported
from .generics import GenericsMixin
from .lower_call import CallLowerer, is_terminating_call
from .scope import ConstObj, PkgObj, Scope, TypeObj, universe
from .syntax import child_of_type, gc_pos, named_children, pos_of, strip_parens, text


@dataclass
class Program:
    """The lowered file: functions in declaration order, the package initialiser first."""

    funcs: list[ir.Func] = field(default_factory=list)
    init: ir.Func | None = None
    unsupported: list[Unsupported] = field(default_factory=list)
    package: str = "main"


class FuncLowerer(CallLowerer, GenericsMixin):
    """Lowers one function body at a time; ``fn`` and ``scope`` track where we are."""

    def __init__(self, scope: Scope) -> None:
        self.last_terminating = {}
        self.init_generics()
        self.scope = scope
        self.fn = ir.Func("", Pos(0, 0), T.Signature([], []))
        self.iota = None
        self.labels_seen: list[str] = []

    # ------------------------------------------------------------ scopes
    def push(self, boundary: ir.Func | None = None) -> None:
        self.scope = Scope(self.scope, boundary)

    def pop(self) -> None:
        self.check_unused(self.scope)
        assert self.scope.parent is not None
        self.scope = self.scope.parent

    def check_unused(self, scope: Scope) -> None:
        for name, obj in scope.names.items():
            if isinstance(obj, ir.Var) and obj.cls is ir.VarClass.AUTO and not obj.is_temp \
                    and not getattr(obj, "used", False) and not getattr(obj, "switch_var", False):
                raise GoTypeError(obj.pos, f"declared and not used: {name}")

    def declare_local(self, name: str, t: T.Type, pos: Pos) -> ir.Var:
        v = ir.Var(name, t, pos, ir.VarClass.AUTO, self.fn)
        if name != "_":
            self.fn.dcl.append(v)
        else:
            v.used = True  # type: ignore[attr-defined]
        self.scope.declare(name, v)
        return v

    # ------------------------------------------------------------ functions
    def lower_func(self, fn: ir.Func, params: Node | None, result: Node | None,
                   receiver: Node | None, body: Node | None) -> None:
        """Lower a declared function or method body into ``fn``."""
        self.fn = fn
        self.push(fn)
        self.bind_signature(fn, receiver, params, result)
        if body is not None:
            fn.body = self.block_stmts(body)
        self.pop()

    def bind_signature(self, fn: ir.Func, receiver: Node | None, params: Node | None,
                       result: Node | None) -> None:
        if receiver is not None:
            for v in self.param_vars(receiver, ir.VarClass.PARAM):
                fn.recv = v
        fn.params = self.param_vars(params, ir.VarClass.PARAM)
        if result is not None and result.type == "parameter_list":
            fn.results = self.param_vars(result, ir.VarClass.RESULT)
        elif result is not None:
            fn.results = [ir.Var("~r0", fn.sig.results[0].type, pos_of(result), ir.VarClass.RESULT, fn)]
            fn.dcl.append(fn.results[0])
        for i, r in enumerate(fn.results):
            if r.unnamed or r.name == "_":
                r.name = f"~r{i}"
                r.unnamed = True

    def param_vars(self, node: Node | None, cls: ir.VarClass) -> list[ir.Var]:
        out: list[ir.Var] = []
        if node is None:
            return out
        for decl in named_children(node):
            if decl.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                continue
            t = self.read_type(decl.child_by_field_name("type"))
            if decl.type == "variadic_parameter_declaration":
                t = T.Slice(t)
            names = decl.children_by_field_name("name")
            if not names:
                v = ir.Var("", t, pos_of(decl), cls, self.fn, unnamed=True)
                if cls is ir.VarClass.RESULT:
                    self.fn.dcl.append(v)
                out.append(v)
                continue
            for n in names:
                name = text(n)
                v = ir.Var(name, t, pos_of(n), cls, self.fn, unnamed=(name == "_"))
                v.used = True  # type: ignore[attr-defined]
                if name != "_" or cls is ir.VarClass.RESULT:
                    self.fn.dcl.append(v)
                self.scope.declare(name, v)
                out.append(v)
        return out

    def func_literal(self, node: Node) -> ir.Expr:
        outer = self.fn
        outer.closure_count += 1
        top = outer
        name = f"{outer.name}.func{outer.closure_count}" if outer.outer is None \
            else f"{outer.name}.{outer.closure_count}"
        sig = self.read_signature(node.child_by_field_name("parameters"),
                                  node.child_by_field_name("result"))
        fn = ir.Func(name, pos_of(node), sig, outer=top)
        if getattr(outer, "is_instance", False):
            fn.is_instance = True  # type: ignore[attr-defined]   # no parameter lines, like its parent
        lit = ir.FuncLit(pos_of(node), sig, func=fn)
        fn.literal = lit
        saved_scope = self.scope
        self.lower_func(fn, node.child_by_field_name("parameters"),
                        node.child_by_field_name("result"), None, node.child_by_field_name("body"))
        self.scope = saved_scope
        self.end_literal(fn, outer)
        return lit

    # ------------------------------------------------------------ statements
    def block_stmts(self, block: Node) -> StmtList:
        lst = child_of_type(block, "statement_list")
        self.push()
        out = self.stmt_list(named_children(lst) if lst is not None else [])
        self.pop()
        return out

    def stmt_list(self, nodes: list[Node]) -> StmtList:
        """Lower a statement list, leaving out dead code as gc's front end does.

        After a terminating statement (return, goto, panic, a block or an if
        that terminates) the rest of the list is dropped unless a label follows
        somewhere later. Dropped code is still type-checked."""
        last_label = max((i for i, n in enumerate(nodes) if n.type == "labeled_statement"),
                         default=-1)
        out = StmtList()
        dead = False
        for i, n in enumerate(nodes):
            if dead and i > last_label and n.type != "labeled_statement":
                self.lower_dead(n)
                continue
            lowered = self.stmt(n)
            out.extend(lowered)
            dead = self.terminates(n, lowered)
        non_empty = [(n, i) for i, n in enumerate(nodes) if n.type != "empty_statement"]
        if non_empty:
            last = non_empty[-1][0]
            out.terminating = self.last_terminating.get(id(last), False)
        return out

    last_terminating: dict[int, bool]

    def terminates(self, node: Node, lowered: list[Any]) -> bool:
        t = node.type
        res = False
        if t in ("return_statement", "goto_statement"):
            res = True
        elif t == "expression_statement":
            res = bool(lowered) and isinstance(lowered[-1], ir.ExprStmt) and \
                is_terminating_call(lowered[-1].x)
        elif t in ("if_statement", "block") and lowered:
            res = bool(getattr(lowered[-1], "terminating", False))
        self.last_terminating[id(node)] = res
        return res

    def lower_dead(self, node: Node) -> None:
        """Type-check dead code without letting it into the program."""
        fns = []
        f: ir.Func | None = self.fn
        while f is not None:
            fns.append(f)
            f = f.outer
        snap = [(f, f.closure_count, len(f.callees), len(f.dcl), list(f.closure_vars),
                 dict(f.capture_pos)) for f in fns]
        try:
            self.stmt(node)
        finally:
            for f, cc, nc, nd, cv, cp in snap:
                f.closure_count = cc
                del f.callees[nc:]
                del f.dcl[nd:]
                f.closure_vars = cv
                f.capture_pos = cp

    def lower_dead_block(self, node: Node | None) -> None:
        if node is not None:
            self.lower_dead(node)

    def stmt(self, node: Node) -> list[Any]:
        k = node.type
        m = getattr(self, "s_" + k, None)
        if m is None:
            raise Unsupported(pos_of(node), f"statement {k}")
        return m(node)

    def s_empty_statement(self, node: Node) -> list[Any]:
        return []

    def s_block(self, node: Node) -> list[Any]:
        body = self.block_stmts(node)
        b = ir.Block(pos_of(node), body=body)
        b.terminating = body.terminating  # type: ignore[attr-defined]
        return [b]

    def s_expression_statement(self, node: Node) -> list[Any]:
        e = self.expr(named_children(node)[0])
        return [ir.ExprStmt(e.pos, x=e)]

    def s_inc_statement(self, node: Node) -> list[Any]:
        return self.incdec(node, "+")

    def s_dec_statement(self, node: Node) -> list[Any]:
        return self.incdec(node, "-")

    def incdec(self, node: Node, op: str) -> list[Any]:
        x = self.lhs(named_children(node)[0])
        tok = node.children[-1]
        one = self.convert_to(ir.Const(pos_of(tok), T.UNTYPED_INT, value=1), x.type)
        self.use(x)   # x++ reads x: it counts as a use, unlike x = 1
        self.mark_reassigned(x)
        return [ir.Assign(pos_of(tok), x=x, y=one, op=op)]

    def lhs(self, node: Node) -> ir.Expr | None:
        """An assignment destination: does not count as a use of a plain variable."""
        n = strip_parens(node)
        if n.type == "identifier":
            if text(n) == "_":
                return None
            obj, crossed = self.scope.lookup(text(n))
            if isinstance(obj, ir.Var):
                if crossed and obj.fn is not self.fn:
                    self.capture(obj, crossed, pos_of(n))
                return ir.Name(pos_of(n), obj.type, var=obj)
        return self.expr(node)

    def mark_reassigned(self, x: ir.Expr | None) -> None:
        if isinstance(x, ir.Name):
            x.var.reassigned_syntax = True  # type: ignore[attr-defined]

    def s_send_statement(self, node: Node) -> list[Any]:
        ch = self.expr(node.child_by_field_name("channel"))
        cu = ch.type.under
        if not isinstance(cu, T.Chan):
            raise GoTypeError(pos_of(node), "invalid operation: send to non-channel")
        v = self.convert_to(self.expr(node.child_by_field_name("value")), cu.elem)
        arrow = child_of_type(node, "<-")
        return [ir.Send(pos_of(arrow) if arrow else pos_of(node), ch=ch, value=v)]

    def s_return_statement(self, node: Node) -> list[Any]:
        lst = named_children(node)
        pos = pos_of(node)
        exprs = self.exprs(lst[0]) if lst else []
        results = self.fn.results
        st = ir.Return(pos, results=[])
        if len(exprs) == 1 and len(results) > 1:
            inner = self.expr(exprs[0])
            if not isinstance(inner.type, T.Tuple):
                raise GoTypeError(pos, "not enough return values")
            vals = self.spill_results(inner, st.init, pos)
        else:
            vals = [self.expr(e) for e in exprs]
        if vals and len(vals) != len(results):
            raise GoTypeError(pos, f"{'too many' if len(vals) > len(results) else 'not enough'} "
                              "return values")
        if not vals and results and any(r.unnamed for r in results):
            raise GoTypeError(pos, "not enough return values")
        st.results = [self.convert_to(v, r.type) for v, r in zip(vals, results)]
        return [st]

    # --- declarations
    def s_var_declaration(self, node: Node) -> list[Any]:
        out: list[Any] = []
        for spec in self.specs(node, "var_spec"):
            out.extend(self.var_spec(spec))
        return out

    def specs(self, node: Node, kind: str) -> list[Node]:
        res = []
        for c in named_children(node):
            if c.type == kind:
                res.append(c)
            elif c.type.endswith("_spec_list"):
                res.extend(x for x in named_children(c) if x.type == kind)
        return res

    def end_literal(self, fn: ir.Func, outer: ir.Func) -> None:
        """Back in ``outer`` after lowering the literal ``fn``: what ``fn`` captures
        from further out, ``outer`` captures too (a nested literal captures through us)."""
        self.fn = outer
        outer.callees.append(fn)
        for v in fn.closure_vars:
            if v.fn is not outer and v not in outer.closure_vars:
                outer.closure_vars.append(v)
                outer.capture_pos[id(v)] = fn.capture_pos.get(id(v), v.pos)

    def var_spec(self, spec: Node) -> list[Any]:
        names = spec.children_by_field_name("name")
        tnode = spec.child_by_field_name("type")
        vnode = spec.child_by_field_name("value")
        t = self.read_type(tnode) if tnode is not None else None
        values: list[ir.Expr] = []
        out: list[Any] = []
        pos = pos_of(names[0])
        eq = child_of_type(spec, "=")
        stmt_pos = pos_of(eq) if eq is not None else pos
        multi_call = None
        if vnode is not None:
            vexprs = self.exprs(vnode)
            if len(vexprs) == 1 and len(names) > 1:
                multi_call = self.expr(vexprs[0])
            else:
                values = [self.expr(v) for v in vexprs]
        vars_: list[ir.Var] = []
        for i, n in enumerate(names):
            vt = t
            if vt is None:
                if multi_call is not None:
                    vt = multi_call.type.types[i]  # type: ignore[attr-defined]
                else:
                    vt = self.default(values[i]).type
            vars_.append(ir.Var(text(n), vt, pos_of(n), ir.VarClass.AUTO, self.fn))
        for v in vars_:
            if v.name != "_":
                self.fn.dcl.append(v)
            out.append(ir.Decl(v.pos, var=v))
        if multi_call is not None:
            st = ir.Assign2(stmt_pos, lhs=[self.var_ref(v) for v in vars_], rhs=[multi_call],
                            kind=ir.Assign2Kind.FUNC, define=True)
            for v in vars_:
                v.defn = st
            out.append(st)
        elif values:
            if len(values) == 1:
                v = vars_[0]
                st1 = ir.Assign(stmt_pos, x=self.var_ref(v), y=self.convert_to(values[0], v.type),
                                define=True)
                v.defn = st1
                out.append(st1)
            else:
                st2 = ir.Assign2(stmt_pos, lhs=[self.var_ref(v) for v in vars_],
                                 rhs=[self.convert_to(e, v.type) for e, v in zip(values, vars_)],
                                 kind=ir.Assign2Kind.PAIR, define=True)
                for v in vars_:
                    v.defn = st2
                out.append(st2)
        else:
            for v in vars_:
                out.append(ir.Assign(v.pos, x=self.var_ref(v), y=None))
        for v in vars_:
            self.scope.declare(v.name, v)
            if v.name == "_":
                v.used = True  # type: ignore[attr-defined]
        return out

    def var_ref(self, v: ir.Var) -> ir.Expr | None:
        if v.name == "_":
            return None
        return ir.Name(v.pos, v.type, var=v)

    def s_const_declaration(self, node: Node) -> list[Any]:
        self.const_decl(node)
        return []

    def const_decl(self, node: Node) -> None:
        prev_type: Node | None = None
        prev_values: Node | None = None
        for i, spec in enumerate(self.specs(node, "const_spec")):
            tnode = spec.child_by_field_name("type")
            vnode = spec.child_by_field_name("value")
            if vnode is None:
                tnode, vnode = prev_type, prev_values
            else:
                prev_type, prev_values = tnode, vnode
            saved = self.iota
            self.iota = i
            try:
                vals = [self.expr(v) for v in self.exprs(vnode)]
            finally:
                self.iota = saved
            ct, spelled = (self.read_type_spelled(tnode) if tnode is not None else (None, ""))
            for n, v in zip(spec.children_by_field_name("name"), vals):
                if not isinstance(v, ir.Const):
                    raise GoTypeError(v.pos, f"{text(n)} is not constant")
                t = ct if ct is not None else v.type
                val = C.convert(v.value, t)
                self.scope.declare(text(n), ConstObj(val, t, spelled if ct is not None else (v.alias or "")))

    def s_type_declaration(self, node: Node) -> list[Any]:
        """A type declared inside a function: visible from here to the end of the block."""
        for spec in named_children(node):
            name = text(spec.child_by_field_name("name"))
            if spec.child_by_field_name("type_parameters") is not None:
                raise Unsupported(pos_of(spec), "local generic types")
            if spec.type == "type_alias":
                t, spelled = self.read_type_spelled(spec.child_by_field_name("type"))
                self.scope.declare(name, TypeObj(t, spelled))
                continue
            named = T.Named(name)
            self.scope.declare(name, TypeObj(named, name))
            named.underlying = self.read_type(spec.child_by_field_name("type"))
        return []

    def s_short_var_declaration(self, node: Node) -> list[Any]:
        left = self.exprs(node.child_by_field_name("left"))
        right = self.exprs(node.child_by_field_name("right"))
        op = child_of_type(node, ":=")
        pos = pos_of(op) if op is not None else pos_of(node)
        return self.define(left, right, pos)

    def define(self, left: list[Node], right: list[Node], pos: Pos,
               kind_hint: ir.Assign2Kind | None = None) -> list[Any]:
        out: list[Any] = []
        if len(right) == 1 and len(left) > 1:
            rhs_e = self.expr(right[0])
            types_, kind = self.multi_types(rhs_e, len(left), pos)
            rhs = [rhs_e]
        else:
            if len(left) != len(right):
                raise GoTypeError(pos, f"assignment mismatch: {len(left)} variables but "
                                  f"{len(right)} values")
            rhs = [self.default(self.expr(r)) for r in right]
            types_ = [r.type for r in rhs]
            kind = ir.Assign2Kind.PAIR
        lhs: list[ir.Expr | None] = []
        new_vars: list[ir.Var] = []
        pending: list[tuple[str, ir.Var]] = []
        for n, t in zip(left, types_):
            name = text(n)
            existing = self.scope.names.get(name)
            if name == "_":
                lhs.append(None)
            elif isinstance(existing, ir.Var):
                lhs.append(ir.Name(pos_of(n), existing.type, var=existing))
                existing.reassigned_syntax = True  # type: ignore[attr-defined]
            else:
                if isinstance(t, T.Tuple) or t is T.UNTYPED_NIL:
                    raise GoTypeError(pos_of(n), "use of untyped nil in assignment")
                v = ir.Var(name, t, pos_of(n), ir.VarClass.AUTO, self.fn)
                self.fn.dcl.append(v)
                new_vars.append(v)
                pending.append((name, v))
                lhs.append(ir.Name(pos_of(n), t, var=v))
        if not new_vars and all(text(n) != "_" for n in left):
            raise GoTypeError(pos, "no new variables on left side of :=")
        for v in new_vars:
            out.append(ir.Decl(v.pos, var=v))
        if len(rhs) == 1 and len(lhs) == 1:
            dst = lhs[0]
            st: Any = ir.Assign(pos, x=dst, y=self.convert_to(rhs[0], dst.type) if dst else rhs[0],
                                define=True)
        else:
            if kind is ir.Assign2Kind.PAIR and len(rhs) == len(lhs):
                rhs = [self.convert_to(r, d.type) if d is not None else r for r, d in zip(rhs, lhs)]
            st = ir.Assign2(pos, lhs=lhs, rhs=rhs, kind=kind, define=True)
        for v in new_vars:
            v.defn = st
        out.append(st)
        for name, v in pending:
            self.scope.declare(name, v)
        return out

    def multi_types(self, e: ir.Expr, n: int, pos: Pos) -> tuple[list[T.Type], ir.Assign2Kind]:
        if isinstance(e.type, T.Tuple):
            if len(e.type.types) != n:
                raise GoTypeError(pos, f"assignment mismatch: {n} variables but "
                                  f"{len(e.type.types)} values")
            return list(e.type.types), ir.Assign2Kind.FUNC
        if n == 2:
            if isinstance(e, ir.Index) and e.kind is ir.IndexKind.MAP:
                return [e.type, T.BOOL], ir.Assign2Kind.MAPR
            if isinstance(e, ir.TypeAssert):
                return [e.type, T.BOOL], ir.Assign2Kind.DOTTYPE
            if isinstance(e, ir.Recv):
                return [e.type, T.BOOL], ir.Assign2Kind.RECV
        raise GoTypeError(pos, f"assignment mismatch: {n} variables but 1 value")

    def s_assignment_statement(self, node: Node) -> list[Any]:
        left = self.exprs(node.child_by_field_name("left"))
        right = self.exprs(node.child_by_field_name("right"))
        optok = node.child_by_field_name("operator")
        op = text(optok)
        pos = pos_of(optok)
        if op != "=":
            x = self.lhs(left[0])
            if x is None:
                raise GoTypeError(pos, "cannot use _ as value")
            self.use(x)
            y = self.expr(right[0])
            if op in ("<<=", ">>="):
                y = self.convert_to(y, T.UINT) if isinstance(y, ir.Const) else y
            else:
                y = self.convert_to(y, x.type)
            self.mark_reassigned(x)
            return [ir.Assign(pos, x=x, y=y, op=op[:-1])]
        lhs = [self.lhs(n) for n in left]
        for x in lhs:
            self.mark_reassigned(x)
        if len(right) == 1 and len(left) > 1:
            rhs_e = self.expr(right[0])
            _, kind = self.multi_types(rhs_e, len(left), pos)
            return [ir.Assign2(pos, lhs=lhs, rhs=[rhs_e], kind=kind)]
        if len(left) != len(right):
            raise GoTypeError(pos, "assignment mismatch")
        rhs = [self.expr(r) for r in right]
        rhs = [self.convert_to(r, d.type) if d is not None else self.default(r) for r, d in zip(rhs, lhs)]
        if len(lhs) == 1:
            return [ir.Assign(pos, x=lhs[0], y=rhs[0])]
        return [ir.Assign2(pos, lhs=lhs, rhs=rhs, kind=ir.Assign2Kind.PAIR)]

    def use(self, x: ir.Expr) -> None:
        if isinstance(x, ir.Name):
            x.var.used = True  # type: ignore[attr-defined]

    # --- control flow
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
        st = ir.If(pos_of(node), cond=cond, then=then, els=els, init=init)
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
            post = post_l[0] if post_l else None
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

    def range_stmt(self, clause: Node, body_node: Node, pos: Pos) -> list[Any]:
        left = self.exprs(clause.child_by_field_name("left"))
        x = self.expr(clause.child_by_field_name("right"))
        rng = child_of_type(clause, "range")
        rpos = pos_of(rng) if rng is not None else pos
        define = child_of_type(clause, ":=") is not None
        xu = x.type.under
        is_array = isinstance(xu, T.Array)
        if isinstance(xu, T.Pointer) and isinstance(xu.elem.under, T.Array):
            xu = xu.elem.under
        if isinstance(xu, (T.Array, T.Slice)):
            kt, vt = T.INT, xu.elem
        elif isinstance(xu, T.Basic) and xu.info is T.BasicInfo.STRING:
            kt, vt = T.INT, T.RUNE
        elif isinstance(xu, T.Map):
            kt, vt = xu.key, xu.elem
        elif isinstance(xu, T.Chan):
            kt, vt = xu.elem, None
        elif isinstance(xu, T.Basic) and xu.is_integer():
            if isinstance(x, ir.Const) and x.type.is_untyped():
                x = self.convert_to(x, T.INT)
            kt, vt = x.type, None
        elif isinstance(xu, T.Signature):
            return self.range_func(left, x, xu, define, body_node, pos)
        else:
            raise GoTypeError(rpos, f"cannot range over {text(clause.child_by_field_name('right'))}")
        key = value = None
        new_vars: list[ir.Var] = []
        if define:
            for i, n in enumerate(left):
                t = kt if i == 0 else vt
                name = text(n)
                v = ir.Var(name, t, pos_of(n), ir.VarClass.AUTO, self.fn)
                if name != "_":
                    self.fn.dcl.append(v)
                    self.scope.declare(name, v)
                    new_vars.append(v)
                ref = self.var_ref(v)
                if i == 0:
                    key = ref
                else:
                    value = ref
        else:
            for i, n in enumerate(left):
                e = self.lhs(n)
                self.mark_reassigned(e)
                if i == 0:
                    key = e
                else:
                    value = e
        st = ir.Range(rpos, key=key, value=value, x=x, body=[], define=define, array=is_array)
        for v in new_vars:
            v.defn = st
        st.body = self.block_stmts(body_node)
        st.per_iter = [v for v in new_vars if v.addrtaken_syntax or v.captured_syntax]  # type: ignore
        decls = [ir.Decl(v.pos, var=v) for v in new_vars]
        st.init = decls
        return [st]

    def range_func(self, left: list[Node], seq: ir.Expr, sig: T.Signature, define: bool,
                   body_node: Node, pos: Pos) -> list[Any]:
        """Range over a function (Go 1.23), rewritten as gc's front end does.

        ``for k := range seq { body }`` becomes::

            var #stateN int
            #yieldN := func(k K) bool { #stateN = ...; body; #stateN = ...; return true }
            tmp := seq
            tmp(#yieldN)

        The body is a closure (named ``F-rangeN``) whose parameters are the loop
        variables; with ``-l`` the sequence is an unknown callee, so the closure
        escapes and everything it captures by reference moves to the heap."""
        outer = self.fn
        top = outer
        while top.outer is not None and getattr(top, "is_range_body", False):
            top = top.outer   # numbering (#stateN, #pN) runs over the whole enclosing function
        if len(sig.params) != 1 or not isinstance(sig.params[0].type.under, T.Signature):
            raise GoTypeError(pos, "cannot range over a function that does not take a yield function")
        ysig: T.Signature = sig.params[0].type.under  # type: ignore[assignment]
        top.range_count = getattr(top, "range_count", 0) + 1  # type: ignore[attr-defined]
        n = top.range_count  # type: ignore[attr-defined]
        state = ir.Var(f"#state{n}", T.INT, pos, ir.VarClass.AUTO, outer)
        outer.dcl.append(state)
        out: list[Any] = [ir.Decl(pos, var=state),
                          ir.Assign(pos, x=ir.Name(pos, T.INT, var=state), y=ir.Const(pos, T.INT, value=0),
                                    define=True)]
        state.defn = out[-1]
        fn = ir.Func(f"{outer.name}-range{n}", pos, T.Signature(ysig.params, ysig.results), outer=outer)
        fn.is_range_body = True  # type: ignore[attr-defined]
        if getattr(outer, "is_instance", False):
            fn.is_instance = True  # type: ignore[attr-defined]
        lit = ir.FuncLit(pos, fn.sig, func=fn)
        fn.literal = lit
        saved_scope = self.scope
        self.fn = fn
        self.push(fn)
        pcount = getattr(top, "range_param_count", 0)
        prologue: list[Any] = []
        for i, p in enumerate(ysig.params):
            node = left[i] if i < len(left) else None
            name = text(node) if node is not None else "_"
            if define and node is not None and name != "_":
                v = ir.Var(name, p.type, pos_of(node), ir.VarClass.PARAM, fn)
                v.used = False  # type: ignore[attr-defined]
                self.scope.declare(name, v)
            else:
                pcount += 1
                v = ir.Var(f"#p{pcount}", p.type, pos, ir.VarClass.PARAM, fn)
                v.used = True  # type: ignore[attr-defined]
                if node is not None and name != "_":
                    dst = self.lhs(node)
                    self.mark_reassigned(dst)
                    prologue.append(ir.Assign(pos, x=dst, y=ir.Name(pos, v.type, var=v)))
            fn.params.append(v)
            fn.dcl.append(v)
        top.range_param_count = pcount  # type: ignore[attr-defined]
        fn.results = [ir.Var("~r0", T.BOOL, pos, ir.VarClass.RESULT, fn, unnamed=True)]
        fn.dcl.append(fn.results[0])
        sref = self.lhs_state(state, pos)
        body = [ir.Assign(pos, x=sref, y=ir.Const(pos, T.INT, value=1))] + prologue
        body.extend(self.block_stmts(body_node))
        body.append(ir.Assign(pos, x=self.lhs_state(state, pos), y=ir.Const(pos, T.INT, value=0)))
        body.append(ir.Return(pos, results=[ir.Const(pos, T.BOOL, value=True)]))
        for v in fn.params:
            if v.name.startswith("#") is False and not getattr(v, "used", False):
                raise GoTypeError(v.pos, f"declared and not used: {v.name}")
        self.check_range_body(body, pos)
        fn.body = body
        self.pop()
        self.scope = saved_scope
        self.end_literal(fn, outer)
        yv = ir.Var(f"#yield{n}", lit.type, pos, ir.VarClass.AUTO, outer)
        outer.dcl.append(yv)
        out.append(ir.Decl(pos, var=yv))
        ya = ir.Assign(pos, x=ir.Name(pos, yv.type, var=yv), y=lit, define=True)
        yv.defn = ya
        out.append(ya)
        tmp = self.new_temp(seq.type, pos)
        out.append(ir.Decl(pos, var=tmp))
        ta = ir.Assign(pos, x=ir.Name(pos, tmp.type, var=tmp), y=seq, define=True)
        tmp.defn = ta
        out.append(ta)
        call = ir.Call(pos, T.Tuple([]), fun=ir.Name(pos, tmp.type, var=tmp),
                       args=[ir.Name(pos, yv.type, var=yv)])
        out.append(ir.ExprStmt(pos, x=call))
        out.append(ir.Assign(pos, x=ir.Name(pos, T.INT, var=state), y=ir.Const(pos, T.INT, value=3)))
        return [ir.Block(pos, body=out)]

    def lhs_state(self, state: ir.Var, pos: Pos) -> ir.Expr:
        state.captured_syntax = True
        if state not in self.fn.closure_vars:
            self.fn.closure_vars.append(state)
            self.fn.capture_pos[id(state)] = pos
        return ir.Name(pos, T.INT, var=state)

    def check_range_body(self, body: list[Any], pos: Pos) -> None:
        """Control flow leaving a range-over-func body needs gc's state machine: not modelled."""
        for st in body:
            if isinstance(st, ir.Return) and st.pos != pos:
                raise Unsupported(st.pos, "return inside a range-over-function loop")
            if isinstance(st, ir.Branch) and (st.kind == "goto" or st.label):
                raise Unsupported(st.pos, f"{st.kind} out of a range-over-function loop")
            for name in ("body", "then", "els"):
                sub = getattr(st, name, None)
                if isinstance(sub, list) and not isinstance(st, ir.FuncLit):
                    self.check_range_body(sub, pos)

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
        return [ir.Branch(pos_of(node), kind="break")]

    def s_continue_statement(self, node: Node) -> list[Any]:
        return [ir.Branch(pos_of(node), kind="continue")]

    def s_fallthrough_statement(self, node: Node) -> list[Any]:
        return [ir.Branch(pos_of(node), kind="fallthrough")]

    def s_expression_switch_statement(self, node: Node) -> list[Any]:
        self.push()
        init = self.simple(node.child_by_field_name("initializer"))
        vnode = node.child_by_field_name("value")
        tag = self.default(self.expr(vnode)) if vnode is not None else None
        cases: list[ir.CaseClause] = []
        for c in named_children(node):
            if c.type not in ("expression_case", "default_case"):
                continue
            exprs: list[ir.Expr] = []
            if c.type == "expression_case":
                for e in self.exprs(c.child_by_field_name("value")):
                    x = self.expr(e)
                    if tag is not None:
                        x = self.convert_to(x, tag.type)
                    exprs.append(x)
            self.push()
            lst = child_of_type(c, "statement_list")
            body = self.stmt_list(named_children(lst) if lst is not None else [])
            self.pop()
            cases.append(ir.CaseClause(pos_of(c), exprs=exprs, body=body))
        self.pop()
        return [ir.Switch(pos_of(node), tag=tag, cases=cases, init=init)]

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
                                       if var else None))
        self.pop()
        if clause_vars and not any(getattr(v, "used", False) for v in clause_vars):
            raise GoTypeError(pos_of(alias), f"declared and not used: {bind}")
        return [ir.Switch(pos_of(node), tag=x, cases=cases, type_switch=True,
                          bound=bind is not None, init=init)]

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
        return [ir.Assign2(pos, lhs=lhs, rhs=[rhs], kind=ir.Assign2Kind.RECV)]

    # --- go and defer
    def s_go_statement(self, node: Node) -> list[Any]:
        return self.go_defer(node, True)

    def s_defer_statement(self, node: Node) -> list[Any]:
        return self.go_defer(node, False)

    def go_defer(self, node: Node, is_go: bool) -> list[Any]:
        pos = pos_of(node)
        call_node = named_children(node)[0]
        call = self.expr(call_node)
        if not isinstance(call, (ir.Call, ir.Builtin)):
            raise GoTypeError(pos, "expression in go/defer must be function call")
        st = ir.GoDefer(pos, is_go=is_go, call=call)  # type: ignore[arg-type]
        no_results = isinstance(call.type, T.Tuple) and not call.type.types
        if isinstance(call, ir.Call) and not call.iface and not call.args and no_results \
                and not call.init:
            if isinstance(call.fun, ir.FuncLit):
                call.fun.func.in_go_stmt = is_go  # type: ignore[attr-defined]
            return [st]
        self.wrap_go_defer(st)
        return [st]

    def wrap_go_defer(self, st: ir.GoDefer) -> None:
        """``go f(a, b)`` becomes ``tmp1, tmp2 := a, b; go func() { f(tmp1, tmp2) }()``."""
        call = st.call
        st.init.extend(call.init)
        call.init = []
        slots: list[tuple[Any, str | int]] = []

        def visit(holder: Any, key: Any) -> None:
            arg = holder[key] if not isinstance(key, str) else getattr(holder, key)
            if arg is None or isinstance(arg, (ir.Const, ir.Nil, ir.MethodExpr, ir.FuncName)):
                return
            if isinstance(arg, ir.Builtin) and arg.name == "new" and not arg.init:
                return
            if isinstance(arg, ir.CompLit) and arg.kind in ("array", "slice", "struct"):
                # literals are rebuilt inside the wrapper; only their elements are saved
                for i in range(len(arg.elems)):
                    visit(_ElemSlot(arg, i), 0)
                return
            slots.append((holder, key))

        if isinstance(call, ir.Call):
            if call.iface:
                slots.append((call, "recv"))
            else:
                visit(call, "fun")
            for i in range(len(call.args)):
                visit(call.args, i)
        else:
            for i in range(len(call.args)):
                visit(call.args, i)
        wrapper = ir.Func(f"{self.fn.name}.{'gowrap' if st.is_go else 'deferwrap'}", st.pos,
                          T.Signature([], []), outer=self.fn, is_wrapper=True)
        wrapper.is_go = st.is_go or getattr(self.fn, "is_range_body", False)  # type: ignore
        if slots:
            temps: list[ir.Var] = []
            rhs: list[ir.Expr] = []
            for holder, key in slots:
                arg = getattr(holder, key) if isinstance(key, str) else holder[key]
                unique = not isinstance(arg, (ir.Name, ir.Const, ir.Nil, ir.GlobalName, ir.FuncName))
                tpos = arg.pos if unique else st.pos
                tmp = self.new_temp(arg.type, tpos)
                temps.append(tmp)
                rhs.append(arg)
                st.init.append(ir.Decl(tpos, var=tmp))
                ref = ir.Name(tpos, tmp.type, var=tmp)
                if isinstance(key, str):
                    setattr(holder, key, ref)
                else:
                    holder[key] = ref
                if isinstance(call, ir.Call) and call.iface and holder is call:
                    call.fun.x = ref  # type: ignore[attr-defined]
                    call.fun.text = f"{tmp.name}.{call.method}"  # type: ignore[attr-defined]
            asg = ir.Assign2(st.pos, lhs=[ir.Name(t.pos, t.type, var=t) for t in temps], rhs=rhs,
                             kind=ir.Assign2Kind.PAIR)
            for t in temps:
                t.defn = asg
                t.captured_syntax = True
                wrapper.capture_pos[id(t)] = t.pos
            st.init.append(asg)
            wrapper.closure_vars = temps
        wrapper.body = [ir.ExprStmt(call.pos, x=call)]
        wrapper.dcl = []
        self.fn.callees.append(wrapper)
        lit = ir.FuncLit(st.pos, wrapper.sig, func=wrapper)
        wrapper.literal = lit
        self.wrapped_fun_callees(call, wrapper)
        st.call = ir.Call(st.pos, T.Tuple([]), fun=lit, args=[])

    def wrapped_fun_callees(self, call: Any, wrapper: ir.Func) -> None:
        if isinstance(call, ir.Call):
            if isinstance(call.fun, (ir.FuncName, ir.MethodExpr)):
                wrapper.callees.append(call.fun.func)


class StmtList(list):
    """A lowered statement list that remembers whether its source ended in a terminating statement."""

    terminating: bool = False


def static_bool(e: ir.Expr) -> tuple[ir.Expr, int]:
    """gc's staticBool: +1 always true, -1 always false, 0 unknown; may shorten the condition."""
    if isinstance(e, ir.Const) and isinstance(e.value, bool):
        return e, (1 if e.value else -1)
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


class _ElemSlot:
    """Element ``i`` of a composite literal, as a slot the go/defer rewrite can replace."""

    def __init__(self, lit: ir.CompLit, i: int) -> None:
        self.lit, self.i = lit, i

    def __getitem__(self, _: int) -> ir.Expr:
        return self.lit.elems[self.i][1]

    def __setitem__(self, _: int, value: ir.Expr) -> None:
        self.lit.elems[self.i] = (self.lit.elems[self.i][0], value)


def terminates(s: Any) -> bool:
    if isinstance(s, ir.Return):
        return True
    if isinstance(s, ir.Branch) and s.kind == "goto":
        return True
    if isinstance(s, ir.ExprStmt) and is_terminating_call(s.x):
        return True
    if isinstance(s, ir.Block):
        return bool(s.body) and terminates(s.body[-1])
    if isinstance(s, ir.If):
        if isinstance(s.cond, ir.Const):
            branch = s.then if s.cond.value else s.els
            return bool(branch) and terminates(branch[-1])
        return bool(s.then) and bool(s.els) and terminates(s.then[-1]) and terminates(s.els[-1])
    return False


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


def lower_file(root: Node) -> Program:
    """Lower every declaration of a parsed file."""
    from .package import PackageLowerer
    return PackageLowerer(root).run()


__all__ = ["FuncLowerer", "Program", "lower_file", "terminates", "gc_pos", "strip_parens",
           "TypeObj", "PkgObj"]
