"""Visiting a function's IR in gc's order, without entering function literals.

gc's passes walk a body with ``DoChildren``: a node's init statements
first, then its operands in field order (a call's function before its
arguments). The inliner collects call sites in post-order (arguments
before the call that takes them) and function references in pre-order
(the call graph); both come from ``children``.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..ir import nodes as ir


def children(n: Any) -> Iterator[Any]:
    """The statements and expressions directly under ``n`` (a literal's body excluded)."""
    yield from n.init
    if isinstance(n, ir.Expr):
        yield from _expr_children(n)
    else:
        yield from _stmt_children(n)


def _expr_children(e: ir.Expr) -> Iterator[Any]:
    if isinstance(e, (ir.Unary, ir.Deref, ir.Addr, ir.Dot, ir.TypeAssert, ir.Conv, ir.MethodValue)):
        yield e.x
    elif isinstance(e, ir.Binary):
        yield e.x
        yield e.y
    elif isinstance(e, ir.AddStr):
        yield from e.operands
    elif isinstance(e, ir.Index):
        yield e.x
        yield e.index
    elif isinstance(e, ir.SliceExpr):
        for sub in (e.x, e.lo, e.hi, e.max):
            if sub is not None:
                yield sub
    elif isinstance(e, ir.Call):
        yield e.fun                          # an interface call's receiver is under fun
        yield from e.args
    elif isinstance(e, ir.Builtin):
        yield from e.args
    elif isinstance(e, ir.CompLit):
        for k, v in e.elems:
            if k is not None:
                yield k
            yield v
    elif isinstance(e, ir.PtrLit):
        yield e.lit
    elif isinstance(e, ir.Recv):
        yield e.ch
    elif isinstance(e, ir.InlinedCall):
        yield from e.body


def _stmt_children(s: Any) -> Iterator[Any]:
    if isinstance(s, ir.Assign):
        if s.x is not None:
            yield s.x
        if s.y is not None:
            yield s.y
    elif isinstance(s, ir.Assign2):
        yield from (x for x in s.lhs if x is not None)
        yield from s.rhs
    elif isinstance(s, ir.Return):
        yield from s.results
    elif isinstance(s, ir.Block):
        yield from s.body
    elif isinstance(s, ir.If):
        yield s.cond
        yield from s.then
        yield from s.els
    elif isinstance(s, ir.For):
        if s.cond is not None:
            yield s.cond
        if s.post is not None:
            yield s.post
        yield from s.body
    elif isinstance(s, ir.Range):
        yield s.x
        for x in (s.key, s.value):
            if x is not None:
                yield x
        yield from s.body
    elif isinstance(s, ir.Switch):
        if s.tag is not None:
            yield s.tag
        for c in s.cases:
            yield from c.exprs
            yield from c.body
    elif isinstance(s, ir.Select):
        for sc in s.cases:
            yield from sc.comm or []
            yield from sc.body
    elif isinstance(s, ir.Send):
        yield s.ch
        yield s.value
    elif isinstance(s, ir.GoDefer):
        yield s.call
    elif isinstance(s, (ir.ExprStmt, ir.RecvStmt)):
        yield s.x


def call_sites(body: list[Any]) -> list[ir.Call]:
    """The calls of a body in post-order (gc's ``mark``); a go/defer statement's own call is
    never a site (gc never inlines it), though calls in its arguments are."""
    out: list[ir.Call] = []

    def visit(n: Any, deferred: bool = False) -> None:
        for c in children(n):
            visit(c, isinstance(n, ir.GoDefer) and c is n.call)
        if isinstance(n, ir.Call) and not deferred and not getattr(n, "inline_done", False):
            out.append(n)

    for s in body:
        visit(s)
    return out


def func_refs(fn: ir.Func) -> list[ir.Func]:
    """The functions ``fn`` refers to, in gc's visiting order (the call graph's edges)."""
    out: list[ir.Func] = []
    seen: set[int] = set()

    def add(f: ir.Func | None) -> None:
        if f is not None and id(f) not in seen:
            seen.add(id(f))
            out.append(f)

    def visit(n: Any) -> None:
        if isinstance(n, (ir.FuncName, ir.MethodExpr)):
            add(n.func)
        elif isinstance(n, ir.MethodValue):
            add(n.func)
        elif isinstance(n, ir.FuncLit):
            add(n.func)
        for c in children(n):
            visit(c)

    for s in fn.body or []:
        visit(s)
    return out


def walk_all(body: list[Any]) -> Iterator[Any]:
    """Every node of a body, pre-order (literals' bodies excluded)."""
    stack = list(reversed(body))
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(list(children(n))))


def replace_in(body: list[Any], old: ir.Expr, new: ir.Expr) -> bool:
    """Replace the one reference to ``old`` under ``body`` by ``new``; False if not found."""
    stack: list[Any] = [body]
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            for i, x in enumerate(n):
                if x is old:
                    n[i] = new
                    return True
                if isinstance(x, tuple):
                    if old in x:
                        n[i] = tuple(new if y is old else y for y in x)
                        return True
                    stack.extend(y for y in x if isinstance(y, _NODES))
                elif isinstance(x, (list, *_NODES)):
                    stack.append(x)
            continue
        if isinstance(n, ir.FuncLit):
            continue
        for k, v in vars(n).items():
            if v is old:
                setattr(n, k, new)
                return True
            if isinstance(v, (list, *_NODES)) and k not in _NOT_CHILDREN:
                stack.append(v)
    return False


_NODES = (ir.Expr, ir.Stmt, ir.CaseClause, ir.SelectCase)
_NOT_CHILDREN = {"per_iter"}
