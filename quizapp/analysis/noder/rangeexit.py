"""``return`` inside a range-over-function loop, as gc's ``rangefunc`` rewrites it.

The loop body is a closure, so a ``return`` in it cannot return from the
enclosing function directly. gc's front end gives the enclosing function's
results names if they have none (``#rv1``, ``#rv2``...), declares one
``#next`` variable (without a position) before the outermost such loop,
and rewrites::

    return a, b        { #rv1, #rv2 = a, b; #next = -1; #stateN = 0; return false }

then checks after the loop: ``if #next == -1 { return }`` in the enclosing
function, ``if #next < 0 { #stateM = 0; return false }`` after a loop
nested in another loop's body. The results and ``#next`` are assigned in
the closure, so they are captured by reference; with ``-l`` the closure is
passed to an unknown iterator and all of them move to the heap.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import NOPOS, GoTypeError, Pos, Unsupported
from ..ir import nodes as ir
from ..syntax.nodes import named_children, pos_of
from ..types import model as T


def has_return(body: Node) -> bool:
    """A ``return`` in a loop body (outside function literals)."""
    stack = [body]
    while stack:
        n = stack.pop()
        if n.type == "return_statement":
            return True
        if n.type == "func_literal":
            continue
        stack.extend(n.named_children)
    return False


def enclosing(fn: ir.Func) -> ir.Func:
    """The function a ``return`` in a range-over-function body returns from."""
    while fn.outer is not None and getattr(fn, "is_range_body", False):
        fn = fn.outer
    return fn


class RangeExitMixin:
    """Returns out of range-over-function bodies (mixed into the statement lowering)."""

    fn: ir.Func

    def declare_next(self, top: ir.Func, out: list[Any]) -> ir.Var:
        """``var #next int`` before the outermost loop, and names for unnamed results."""
        for i, r in enumerate(top.results):
            if r.unnamed or r.name.startswith("~r"):
                r.name = f"#rv{i + 1}"
        nxt = ir.Var("#next", T.INT, NOPOS, ir.VarClass.AUTO, top)
        top.dcl.append(nxt)
        out.append(ir.Decl(NOPOS, var=nxt))
        top.range_next = nxt  # type: ignore[attr-defined]
        return nxt

    def captured(self, v: ir.Var, pos: Pos) -> ir.Name:
        """A reference to ``v`` from the current closure, capturing it on the way out."""
        f: ir.Func | None = self.fn
        while f is not None and f is not v.fn:
            v.captured_syntax = True
            if v not in f.closure_vars:
                f.closure_vars.append(v)
                f.capture_pos[id(v)] = pos
            f = f.outer
        return ir.Name(pos, v.type, var=v)

    def range_return(self, node: Node) -> list[Any]:
        """``return`` inside a range-over-function body."""
        pos = pos_of(node)
        top = enclosing(self.fn)
        nxt: ir.Var | None = getattr(top, "range_next", None)
        state: ir.Var | None = getattr(self.fn, "range_state", None)
        if nxt is None or state is None:
            raise Unsupported(pos, "return inside a range-over-function loop")
        lst = named_children(node)
        exprs = self.exprs(lst[0]) if lst else []  # type: ignore[attr-defined]
        results = top.results
        out: list[Any] = []
        if exprs:
            if len(exprs) == 1 and len(results) > 1:
                inner = self.expr(exprs[0])  # type: ignore[attr-defined]
                if not isinstance(inner.type, T.Tuple):
                    raise GoTypeError(pos, "not enough return values")
                lhs = [self.captured(r, pos) for r in results]
                out.append(ir.Assign2(pos, lhs=lhs, rhs=[inner], kind=ir.Assign2Kind.FUNC))
            else:
                vals = [self.expr(e) for e in exprs]  # type: ignore[attr-defined]
                if len(vals) != len(results):
                    raise GoTypeError(pos, f"{'too many' if len(vals) > len(results) else 'not enough'} "
                                      "return values")
                vals = [self.convert_to(v, r.type) for v, r in zip(vals, results)]  # type: ignore
                lhs = [self.captured(r, pos) for r in results]
                if len(vals) == 1:
                    out.append(ir.Assign(pos, x=lhs[0], y=vals[0]))
                else:
                    out.append(ir.Assign2(pos, lhs=list(lhs), rhs=vals, kind=ir.Assign2Kind.PAIR))
        elif results and any(r.unnamed or r.name.startswith("#rv") for r in results):
            raise GoTypeError(pos, "not enough return values")
        out.append(ir.Assign(pos, x=self.captured(nxt, pos), y=ir.Const(pos, T.INT, value=-1)))
        out.append(ir.Assign(pos, x=self.captured(state, pos), y=ir.Const(pos, T.INT, value=0)))
        ret = ir.Return(pos, results=[ir.Const(pos, T.BOOL, value=False)])
        ret.range_exit = True  # type: ignore[attr-defined]
        out.append(ret)
        return [ir.Block(pos, body=out)]

    def after_loop(self, outer: ir.Func, top: ir.Func, pos: Pos) -> list[Any]:
        """The check after a loop whose body may have returned."""
        nxt: ir.Var = top.range_next  # type: ignore[attr-defined]
        ref = self.captured(nxt, pos) if outer is not top else ir.Name(pos, T.INT, var=nxt)
        if outer is top:
            cond = ir.Binary(pos, T.UNTYPED_BOOL, op="==", x=ref, y=ir.Const(pos, T.INT, value=-1))
            return [ir.If(pos, cond=cond, then=[ir.Return(pos, results=[])], els=[])]
        state = outer.range_state  # type: ignore[attr-defined]
        cond = ir.Binary(pos, T.UNTYPED_BOOL, op="<", x=ref, y=ir.Const(pos, T.INT, value=0))
        ret = ir.Return(pos, results=[ir.Const(pos, T.BOOL, value=False)])
        ret.range_exit = True  # type: ignore[attr-defined]
        return [ir.If(pos, cond=cond, then=[
            ir.Assign(pos, x=self.captured(state, pos), y=ir.Const(pos, T.INT, value=0)), ret], els=[])]
