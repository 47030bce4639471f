"""Static values: what a local variable always holds, when that can be known.

Several rules look through a local variable to the one value it was ever
given: a call through ``f := g`` calls g; ``n := 10; make([]int, n)`` is a
constant-size make; ``y := 7; sink = y`` boxes the constant 7. A variable
qualifies when its defining statement gives it a value and nothing else in
the function (closures included) assigns to it or takes its address.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from . import nodes as ir


class Oracles:
    """One ``ReassignOracle`` per top-level function, made on first use and shared by the passes."""

    def __init__(self) -> None:
        self._cache: dict[int, ReassignOracle] = {}

    def __call__(self, fn: ir.Func) -> ReassignOracle:
        top = fn
        while top.outer is not None:
            top = top.outer
        o = self._cache.get(id(top))
        if o is None:
            o = ReassignOracle(top)
            self._cache[id(top)] = o
        return o

    def extend(self, fn: ir.Func, stmts: list[Any]) -> None:
        """Statements added to ``fn`` (an inlined body, assigning only its own new
        variables): their facts join those already known."""
        top = fn
        while top.outer is not None:
            top = top.outer
        o = self._cache.get(id(top))
        if o is not None and o._ready:       # (an oracle not yet read will scan them anyway)
            for s in stmts:
                o._stmt(s)


class ReassignOracle:
    """Assignment facts for every variable of one top-level function and its literals."""

    def __init__(self, fn: ir.Func) -> None:
        self.simple: dict[ir.Var, list[ir.Expr]] = {}
        self.other: set[ir.Var] = set()
        self.addr: set[ir.Var] = set()
        self.later: set[ir.Var] = set()
        self.fn = fn
        self._ready = False       # the body is scanned on the first question about a variable

    def _ensure(self) -> None:
        if not self._ready:
            self._ready = True
            self._scan_func(self.fn)

    # ------------------------------------------------------------ scanning
    def _scan_func(self, fn: ir.Func) -> None:
        for s in fn.body or []:
            self._stmt(s)

    def _stmt(self, s: Any) -> None:
        for i in getattr(s, "init", []):
            self._stmt(i)
        if isinstance(s, ir.Assign):
            if isinstance(s.x, ir.Name):
                v = s.x.var
                if s.op:
                    self.other.add(v)
                elif s.y is not None:
                    self.simple.setdefault(v, []).append(s.y)
                    if v.defn is not s:
                        self.later.add(v)
                elif v.defn is not None:
                    self.other.add(v)
            else:
                self._expr(s.x)
            if s.y is not None:
                self._expr(s.y)
        elif isinstance(s, ir.Assign2):
            for x in s.lhs:
                if isinstance(x, ir.Name):
                    if x.var.defn is not s or s.kind is not ir.Assign2Kind.PAIR:
                        self.other.add(x.var)
                    if s.kind is not ir.Assign2Kind.PAIR:
                        self.other.add(x.var)
                elif x is not None:
                    self._expr(x)
            for y in s.rhs:
                self._expr(y)
        elif isinstance(s, ir.Range):
            for x in (s.key, s.value):
                if isinstance(x, ir.Name):
                    self.other.add(x.var)
                elif x is not None:
                    self._expr(x)
            self._expr(s.x)
            for b in s.body:
                self._stmt(b)
        else:
            for e in _child_exprs(s):
                self._expr(e)
            for b in _child_stmts(s):
                self._stmt(b)

    def _expr(self, e: Any) -> None:
        if e is None:
            return
        for i in getattr(e, "init", []):
            self._stmt(i)
        if isinstance(e, ir.Addr):
            root = e.x
            while isinstance(root, (ir.Dot, ir.Index)) and not (
                    isinstance(root, ir.Dot) and root.ptr) and not (
                    isinstance(root, ir.Index) and root.kind is not ir.IndexKind.ARRAY):
                root = root.x
            if isinstance(root, ir.Name):
                self.addr.add(root.var)
        if isinstance(e, ir.FuncLit):
            self._scan_func(e.func)
            return
        if isinstance(e, ir.InlinedCall):
            for st in e.body:
                self._stmt(st)
            return
        for sub in _sub_exprs(e):
            self._expr(sub)

    # ------------------------------------------------------------ queries
    def reassigned(self, v: ir.Var) -> bool:
        self._ensure()
        if v in self.addr or v in self.other:
            return True
        return v in self.later

    def static_value(self, e: ir.Expr) -> ir.Expr:
        """Follow no-op conversions, inlined calls and single-definition locals to the value
        behind ``e`` (gc's ``StaticValue``)."""
        if not isinstance(e, (ir.Name, ir.Conv, ir.InlinedCall)):
            return e                     # a function name, a literal...: nothing to follow
        self._ensure()
        seen = 0
        while True:
            seen += 1
            if seen > 100:
                return e
            if isinstance(e, ir.Conv) and e.op is ir.ConvOp.NOP:
                e = e.x
                continue
            if isinstance(e, ir.InlinedCall) and len(e.results) == 1:
                r = e.results[0]          # an inlined call's value is its one result variable
                e = ir.Name(e.pos, r.type, var=r)
                continue
            nxt = self._static1(e)
            if nxt is None:
                return e
            e = nxt

    def _static1(self, e: ir.Expr) -> ir.Expr | None:
        if not isinstance(e, ir.Name):
            return None
        v = e.var
        if v.cls is not ir.VarClass.AUTO or v.defn is None:
            return None
        d = v.defn
        rhs = None
        if isinstance(d, ir.Assign):
            rhs = d.y
        elif isinstance(d, ir.Assign2) and d.kind is ir.Assign2Kind.PAIR:
            for x, y in zip(d.lhs, d.rhs):
                if isinstance(x, ir.Name) and x.var is v:
                    rhs = y
        if rhs is None or self.reassigned(v):
            return None
        return rhs

    def func_assignments(self, v: ir.Var) -> list[ir.Expr] | None:
        """Every value a func-typed local is given, or None if some assignment is not simple
        (or the variable is defined by something else than an assignment: a type switch)."""
        self._ensure()
        if v in self.addr or v in self.other:
            return None
        if v.defn is not None and not isinstance(v.defn, ir.Assign):
            return None
        return list(self.simple.get(v, []))


_SINGLE = ("x", "y", "index", "lo", "hi", "max", "fun", "recv", "ch", "lit")
_LISTS = ("args", "operands")
_FIELDS: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sub-expression fields a node class has (looked up once per class: hot path)."""
    f = _FIELDS.get(cls)
    if f is None:
        have = {x.name for x in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else None
        f = _FIELDS[cls] = (tuple(n for n in _SINGLE if have is None or n in have),
                            tuple(n for n in _LISTS if have is None or n in have))
    return f


def _sub_exprs(e: Any) -> Iterator[Any]:
    single, lists = _fields(type(e))
    for name in single:
        sub = getattr(e, name, None)
        if isinstance(sub, ir.Expr):
            yield sub
    for name in lists:
        lst = getattr(e, name, None)
        if lst:
            yield from (a for a in lst if isinstance(a, ir.Expr))
    if isinstance(e, ir.CompLit):
        for k, v in e.elems:
            if k is not None:
                yield k
            yield v


def _child_exprs(s: Any) -> Iterator[Any]:
    for name in ("x", "cond", "tag", "ch", "value", "call"):
        sub = getattr(s, name, None)
        if isinstance(sub, ir.Expr):
            yield sub
    if isinstance(s, ir.Return):
        yield from s.results
    if isinstance(s, ir.Switch):
        for c in s.cases:
            yield from c.exprs


def _child_stmts(s: Any) -> Iterator[Any]:
    for name in ("body", "then", "els"):
        lst = getattr(s, name, None)
        if isinstance(lst, list):
            yield from lst
    post = getattr(s, "post", None)
    if post is not None:
        yield post
    if isinstance(s, ir.Switch):
        for c in s.cases:
            yield from c.body
    if isinstance(s, ir.Select):
        for c in s.cases:
            if c.comm:
                yield from c.comm
            yield from c.body
