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
    for _, _, c in slots(n):
        yield c


def slots(n: Any) -> Iterator[tuple[Any, Any, Any]]:
    """``children`` with where each sits: (a list and an index, or an object and a field)."""
    for i, c in enumerate(n.init):
        yield n.init, i, c
    if isinstance(n, ir.Expr):
        yield from _expr_slots(n)
    else:
        yield from _stmt_slots(n)


def _fields(n: Any, *names: str) -> Iterator[tuple[Any, Any, Any]]:
    for name in names:
        c = getattr(n, name)
        if c is not None:
            yield n, name, c


def _items(lst: list[Any]) -> Iterator[tuple[Any, Any, Any]]:
    for i, c in enumerate(lst):
        if c is not None:
            yield lst, i, c


def _expr_slots(e: ir.Expr) -> Iterator[tuple[Any, Any, Any]]:
    if isinstance(e, (ir.Unary, ir.Deref, ir.Addr, ir.Dot, ir.TypeAssert, ir.Conv, ir.MethodValue)):
        yield from _fields(e, "x")
    elif isinstance(e, ir.Binary):
        yield from _fields(e, "x", "y")
    elif isinstance(e, ir.AddStr):
        yield from _items(e.operands)
    elif isinstance(e, ir.Index):
        yield from _fields(e, "x", "index")
    elif isinstance(e, ir.SliceExpr):
        yield from _fields(e, "x", "lo", "hi", "max")
    elif isinstance(e, ir.Call):
        yield from _fields(e, "fun")             # an interface call's receiver is under fun
        yield from _items(e.args)
    elif isinstance(e, ir.Builtin):
        yield from _items(e.args)
    elif isinstance(e, ir.CompLit):
        for i, (k, v) in enumerate(e.elems):
            if k is not None:
                yield _Elem(e.elems, i), 0, k
            yield _Elem(e.elems, i), 1, v
    elif isinstance(e, ir.PtrLit):
        yield from _fields(e, "lit")
    elif isinstance(e, ir.Recv):
        yield from _fields(e, "ch")
    elif isinstance(e, ir.InlinedCall):
        yield from _items(e.body)


def _stmt_slots(s: Any) -> Iterator[tuple[Any, Any, Any]]:
    if isinstance(s, ir.Assign):
        yield from _fields(s, "x", "y")
    elif isinstance(s, ir.Assign2):
        yield from _items(s.lhs)
        yield from _items(s.rhs)
    elif isinstance(s, ir.Return):
        yield from _items(s.results)
    elif isinstance(s, ir.Block):
        yield from _items(s.body)
    elif isinstance(s, ir.If):
        yield from _fields(s, "cond")
        yield from _items(s.then)
        yield from _items(s.els)
    elif isinstance(s, ir.For):
        yield from _fields(s, "cond", "post")
        yield from _items(s.body)
    elif isinstance(s, ir.Range):
        yield from _fields(s, "x", "key", "value")
        yield from _items(s.body)
    elif isinstance(s, ir.Switch):
        yield from _fields(s, "tag")
        for c in s.cases:
            yield from _items(c.exprs)
            yield from _items(c.body)
    elif isinstance(s, ir.Select):
        for sc in s.cases:
            yield from _items(sc.comm or [])
            yield from _items(sc.body)
    elif isinstance(s, ir.Send):
        yield from _fields(s, "ch", "value")
    elif isinstance(s, ir.GoDefer):
        yield from _fields(s, "call")
    elif isinstance(s, (ir.ExprStmt, ir.RecvStmt)):
        yield from _fields(s, "x")


class _Elem:
    """Element ``i`` of a composite literal's (key, value) list, as a slot holder."""

    def __init__(self, elems: list[tuple[Any, Any]], i: int) -> None:
        self.elems, self.i = elems, i

    def __setitem__(self, which: int, value: Any) -> None:
        k, v = self.elems[self.i]
        self.elems[self.i] = (value, v) if which == 0 else (k, value)


def call_sites(body: list[Any]) -> list[ir.Call]:
    """The calls of a body in post-order (gc's ``mark``); a go/defer statement's own call is
    never a site (gc never inlines it), though calls in its arguments are. Each call
    remembers where it sits (``slot``), so that an inlined copy can take its place."""
    out: list[ir.Call] = []

    def visit(n: Any, deferred: bool = False) -> None:
        for holder, key, c in slots(n):
            visit(c, isinstance(n, ir.GoDefer) and c is n.call)
            if isinstance(c, ir.Call):
                c.slot = (holder, key)  # type: ignore[attr-defined]
        if isinstance(n, ir.Call) and not deferred and not getattr(n, "inline_done", False):
            out.append(n)

    for i, s in enumerate(body):
        visit(s)
    return out


def put(call: ir.Call, new: ir.Expr) -> bool:
    """Put ``new`` where ``call`` sits (recorded by ``call_sites``); False if it moved."""
    holder, key = getattr(call, "slot", (None, None))
    if holder is None:
        return False
    if isinstance(key, str):
        if getattr(holder, key) is not call:
            return False
        setattr(holder, key, new)
    else:
        holder[key] = new
    return True


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
