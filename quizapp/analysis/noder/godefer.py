"""``go`` and ``defer``: the call wrapped in a closure, as gc wraps it.

gc evaluates a ``go``/``defer`` call's arguments at the statement and
hands the runtime a closure of no arguments that makes the call; escape
analysis sees that wrapper (``func literal``) and its captured values.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import GoTypeError
from ..ir import nodes as ir
from ..syntax.nodes import named_children, pos_of
from ..types import model as T
from .control import ControlLowerer


class GoDeferLowerer(ControlLowerer):
    """``go`` and ``defer`` statements."""

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
        if isinstance(call, ir.Call) and not call.iface and not call.args and no_results:
            # already gc's normal form (a call of a func() value): no wrapper; what computes
            # the callee runs at the statement (gc's normalizeGoDeferCall)
            st.init.extend(call.init)
            call.init = []
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
        self.fn.wrap_count += 1   # gc numbers go and defer wrappers together, apart from literals
        wrapper = ir.Func(f"{self.fn.name}.{'gowrap' if st.is_go else 'deferwrap'}"
                          f"{self.fn.wrap_count}", st.pos,
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


class _ElemSlot:
    """Element ``i`` of a composite literal, as a slot the go/defer rewrite can replace."""

    def __init__(self, lit: ir.CompLit, i: int) -> None:
        self.lit, self.i = lit, i

    def __getitem__(self, _: int) -> ir.Expr:
        return self.lit.elems[self.i][1]

    def __setitem__(self, _: int, value: ir.Expr) -> None:
        self.lit.elems[self.i] = (self.lit.elems[self.i][0], value)
