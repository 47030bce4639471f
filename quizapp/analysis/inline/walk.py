"""Visiting a function's IR in gc's order, without entering function literals.

gc's passes walk a body with ``DoChildren``: a node's init statements
first, then its operands in field order (a call's function before its
arguments). The inliner collects call sites in post-order (arguments
before the call that takes them) and function references in pre-order
(the call graph); both come from ``children``.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from ..ir import nodes as ir


def children(n: Any) -> list[Any]:
    """The statements and expressions directly under ``n`` (a literal's body excluded)."""
    f = _CHILDREN.get(type(n))
    init = n.init
    if f is None:
        return list(init) if init else []
    out = f(n)
    return init + out if init else out


Slot = tuple[Any, Any, Any]


def slots(n: Any) -> list[Slot]:
    """``children`` with where each sits: (a list and an index, or an object and a field)."""
    out: list[Slot] = [(n.init, i, c) for i, c in enumerate(n.init)] if n.init else []
    add = _SLOTS.get(type(n))
    if add is not None:
        add(n, out)
    return out


def _fields(*names: str) -> Callable[[Any, list[Slot]], None]:
    def add(n: Any, out: list[Slot]) -> None:
        for name in names:
            c = getattr(n, name)
            if c is not None:
                out.append((n, name, c))
    return add


def _lists(*names: str) -> Callable[[Any, list[Slot]], None]:
    def add(n: Any, out: list[Slot]) -> None:
        for name in names:
            lst = getattr(n, name)
            out.extend((lst, i, c) for i, c in enumerate(lst) if c is not None)
    return add


def _both(a: Callable[[Any, list[Slot]], None],
          b: Callable[[Any, list[Slot]], None]) -> Callable[[Any, list[Slot]], None]:
    def add(n: Any, out: list[Slot]) -> None:
        a(n, out)
        b(n, out)
    return add


def _complit(e: ir.CompLit, out: list[Slot]) -> None:
    for i, (k, v) in enumerate(e.elems):
        if k is not None:
            out.append((_Elem(e.elems, i), 0, k))
        out.append((_Elem(e.elems, i), 1, v))


def _switch(s: ir.Switch, out: list[Slot]) -> None:
    if s.tag is not None:
        out.append((s, "tag", s.tag))
    for c in s.cases:
        out.extend((c.exprs, i, x) for i, x in enumerate(c.exprs))
        out.extend((c.body, i, x) for i, x in enumerate(c.body))


def _select(s: ir.Select, out: list[Slot]) -> None:
    for sc in s.cases:
        comm = sc.comm or []
        out.extend((comm, i, x) for i, x in enumerate(comm))
        out.extend((sc.body, i, x) for i, x in enumerate(sc.body))


_SLOTS: dict[type, Callable[[Any, list[Slot]], None]] = {
    # expressions; an interface call's receiver is under its fun
    ir.Unary: _fields("x"), ir.Deref: _fields("x"), ir.Addr: _fields("x"), ir.Dot: _fields("x"),
    ir.TypeAssert: _fields("x"), ir.Conv: _fields("x"), ir.MethodValue: _fields("x"),
    ir.Binary: _fields("x", "y"), ir.AddStr: _lists("operands"), ir.Index: _fields("x", "index"),
    ir.SliceExpr: _fields("x", "lo", "hi", "max"), ir.Call: _both(_fields("fun"), _lists("args")),
    ir.Builtin: _lists("args"), ir.CompLit: _complit, ir.PtrLit: _fields("lit"),
    ir.Recv: _fields("ch"), ir.InlinedCall: _lists("body"),
    # statements
    ir.Assign: _fields("x", "y"), ir.Assign2: _lists("lhs", "rhs"), ir.Return: _lists("results"),
    ir.Block: _lists("body"), ir.If: _both(_fields("cond"), _lists("then", "els")),
    ir.For: _both(_fields("cond", "post"), _lists("body")),
    ir.Range: _both(_fields("x", "key", "value"), _lists("body")),
    ir.Switch: _switch, ir.Select: _select, ir.Send: _fields("ch", "value"),
    ir.GoDefer: _fields("call"), ir.ExprStmt: _fields("x"), ir.RecvStmt: _fields("x"),
}


def _child_fields(*names: str) -> Callable[[Any], list[Any]]:
    def get(n: Any) -> list[Any]:
        out = []
        for name in names:
            c = getattr(n, name)
            if c is not None:
                out.append(c)
        return out
    return get


def _child_lists(*names: str) -> Callable[[Any], list[Any]]:
    def get(n: Any) -> list[Any]:
        out: list[Any] = []
        for name in names:
            out.extend(c for c in getattr(n, name) if c is not None)
        return out
    return get


def _child_both(a: Callable[[Any], list[Any]], b: Callable[[Any], list[Any]]) -> Callable[[Any], list[Any]]:
    return lambda n: a(n) + b(n)


def _complit_children(e: ir.CompLit) -> list[Any]:
    out = []
    for k, v in e.elems:
        if k is not None:
            out.append(k)
        out.append(v)
    return out


def _switch_children(s: ir.Switch) -> list[Any]:
    out = [s.tag] if s.tag is not None else []
    for c in s.cases:
        out.extend(c.exprs)
        out.extend(c.body)
    return out


def _select_children(s: ir.Select) -> list[Any]:
    out: list[Any] = []
    for sc in s.cases:
        out.extend(sc.comm or [])
        out.extend(sc.body)
    return out


_CHILDREN: dict[type, Callable[[Any], list[Any]]] = {
    ir.Unary: _child_fields("x"), ir.Deref: _child_fields("x"), ir.Addr: _child_fields("x"),
    ir.Dot: _child_fields("x"), ir.TypeAssert: _child_fields("x"), ir.Conv: _child_fields("x"),
    ir.MethodValue: _child_fields("x"), ir.Binary: _child_fields("x", "y"),
    ir.AddStr: _child_lists("operands"), ir.Index: _child_fields("x", "index"),
    ir.SliceExpr: _child_fields("x", "lo", "hi", "max"),
    ir.Call: _child_both(_child_fields("fun"), _child_lists("args")),
    ir.Builtin: _child_lists("args"), ir.CompLit: _complit_children, ir.PtrLit: _child_fields("lit"),
    ir.Recv: _child_fields("ch"), ir.InlinedCall: _child_lists("body"),
    ir.Assign: _child_fields("x", "y"), ir.Assign2: _child_lists("lhs", "rhs"),
    ir.Return: _child_lists("results"), ir.Block: _child_lists("body"),
    ir.If: _child_both(_child_fields("cond"), _child_lists("then", "els")),
    ir.For: _child_both(_child_fields("cond", "post"), _child_lists("body")),
    ir.Range: _child_both(_child_fields("x", "key", "value"), _child_lists("body")),
    ir.Switch: _switch_children, ir.Select: _select_children, ir.Send: _child_fields("ch", "value"),
    ir.GoDefer: _child_fields("call"), ir.ExprStmt: _child_fields("x"), ir.RecvStmt: _child_fields("x"),
}
"""``children`` per node type, the same as ``slots`` without where each child sits."""


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
    for s in body:
        _sites(s, False, out)
    return out


def _sites(n: Any, deferred: bool, out: list[ir.Call]) -> None:
    """``call_sites`` under ``n`` (a module-level recursion: a nested function that calls
    itself is a reference cycle, garbage only the cycle collector frees)."""
    go_defer = type(n) is ir.GoDefer
    for holder, key, c in slots(n):
        _sites(c, go_defer and c is n.call, out)
        if type(c) is ir.Call:
            c.slot = (holder, key)  # type: ignore[attr-defined]
    if type(n) is ir.Call and not deferred and not getattr(n, "inline_done", False):
        out.append(n)


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
    for s in fn.body or []:
        _refs(s, out, seen)
    return out


def _refs(n: Any, out: list[ir.Func], seen: set[int]) -> None:
    """``func_refs`` under ``n``."""
    if type(n) in _REFS:
        f = n.func
        if f is not None and id(f) not in seen:
            seen.add(id(f))
            out.append(f)
    for c in children(n):
        _refs(c, out, seen)


_REFS = frozenset({ir.FuncName, ir.MethodExpr, ir.MethodValue, ir.FuncLit})
"""The nodes that refer to a function (``func_refs``)."""


def walk_all(body: list[Any]) -> Iterator[Any]:
    """Every node of a body, pre-order (literals' bodies excluded)."""
    stack = list(reversed(body))
    while stack:
        n = stack.pop()
        yield n
        kids = children(n)
        if kids:
            kids.reverse()
            stack.extend(kids)


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
