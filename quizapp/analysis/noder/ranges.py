"""``for ... range``: over slices, arrays, strings, maps, channels, integers and functions.

Each iteration gets fresh loop variables (Go 1.22). A range over a
function becomes a call of the iterator with the loop body as a
``func literal``, as gc rewrites it; a body that returns or jumps out of
the loop goes through gc's ``#next`` variable (``rangeexit``); a jump out of
the loop (``goto``, a labelled ``break`` or ``continue``) is reported unsupported.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import NOPOS, GoTypeError, Pos, Unsupported
from ..ir import nodes as ir
from ..syntax.nodes import child_of_type, pos_of, text
from ..types import model as T
from .decls import DeclLowerer
from .rangeexit import RangeExitMixin, has_return


class RangeLowerer(RangeExitMixin, DeclLowerer):
    """Range loops, over values and over functions."""

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
        if isinstance(xu, T.Slice):
            kt, vt = T.INT, self.shape_elem(x.type, xu.elem)
        elif isinstance(xu, T.Array):
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
        out: list[Any] = []
        returns = has_return(body_node)
        if returns and getattr(top, "range_next", None) is None:
            self.declare_next(top, out)
        state = ir.Var(f"#state{n}", T.INT, pos, ir.VarClass.AUTO, outer)
        outer.dcl.append(state)
        out += [ir.Decl(pos, var=state),
                ir.Assign(pos, x=ir.Name(pos, T.INT, var=state), y=ir.Const(pos, T.INT, value=0),
                          define=True)]
        state.defn = out[-1]
        # the body is numbered among its enclosing function's range bodies (gc's rangeLitGen),
        # the state variables across the whole top-level function
        outer.range_bodies = getattr(outer, "range_bodies", 0) + 1  # type: ignore[attr-defined]
        fn = ir.Func(f"{outer.name}-range{outer.range_bodies}", pos,  # type: ignore[attr-defined]
                     T.Signature(ysig.params, ysig.results), outer=outer)
        fn.is_range_body = True  # type: ignore[attr-defined]
        fn.range_state = state  # type: ignore[attr-defined]
        if outer.is_instance:
            fn.is_instance = True
            fn.captures_dict = True
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
        if isinstance(seq, ir.Name):
            fun: ir.Expr = seq      # a variable is called as it is
        else:
            tmp = self.new_temp(seq.type, pos)
            out.append(ir.Decl(pos, var=tmp))
            ta = ir.Assign(pos, x=ir.Name(pos, tmp.type, var=tmp), y=seq, define=True)
            tmp.defn = ta
            out.append(ta)
            fun = ir.Name(pos, tmp.type, var=tmp)
        call = ir.Call(pos, T.Tuple([]), fun=fun, args=[ir.Name(pos, yv.type, var=yv)])
        out.append(ir.ExprStmt(pos, x=call))
        out.append(ir.Assign(pos, x=ir.Name(pos, T.INT, var=state), y=ir.Const(pos, T.INT, value=3)))
        if returns:
            out += self.after_loop(outer, top, pos)
        return [ir.Block(pos, body=out, range_func=True)]

    def lhs_state(self, state: ir.Var, pos: Pos) -> ir.Expr:
        state.captured_syntax = True
        if state not in self.fn.closure_vars:
            self.fn.closure_vars.append(state)
            self.fn.capture_pos[id(state)] = NOPOS   # gc's rewrite gives these uses no position
        return ir.Name(pos, T.INT, var=state)

    def check_range_body(self, body: list[Any], pos: Pos) -> None:
        """``return`` and ``goto`` leaving a range-over-func body need gc's state machine: not
        modelled. (A labelled ``break`` or ``continue`` is a ``return false`` to escape analysis.)"""
        for st in body:
            if isinstance(st, ir.Return) and st.pos != pos and not getattr(st, "range_exit", False):
                raise Unsupported(st.pos, "return inside a range-over-function loop")
            if isinstance(st, ir.Branch) and st.kind == "goto":
                # (a labelled break or continue sets #next and returns: no flow of its own)
                raise Unsupported(st.pos, f"{st.kind} out of a range-over-function loop")
            for name in ("body", "then", "els"):
                sub = getattr(st, name, None)
                if isinstance(sub, list) and not isinstance(st, ir.FuncLit):
                    self.check_range_body(sub, pos)
