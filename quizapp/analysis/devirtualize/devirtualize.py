"""Devirtualization: interface calls whose concrete type is known become direct calls.

gc does this even with ``-l``: when the interface value of a method call is,
by its static value, a conversion of a concrete type (``var s Stringer =
T{}; s.String()``), the call is rewritten to call ``T.String`` on
``s.(T)``, and ``-m`` prints ``devirtualizing s.String to T``. The box then
flows into a known method's parameter instead of an unknown callee, which
can keep it on the stack.
"""

from __future__ import annotations

from typing import Any, Callable

from ..errors import Pos, Unsupported
from ..ir import nodes as ir
from ..ir.fmt import expr_string
from ..types import model as T
from ..types.lookup import lookup

NO_TYPE = object()
"""A variable with no assignment that says anything (only nil, or none at all)."""


class ConcreteTypes:
    """gc's concrete-type analysis (go1.26+): every assignment to a local interface variable.

    A call through a local interface variable is devirtualized when every
    value ever assigned to it (nil aside, closures included) has the same
    concrete type and its address is never taken."""

    def __init__(self, fn: ir.Func) -> None:
        self.assigns: dict[int, list[Any]] = {}
        self.vars: dict[int, ir.Var] = {}
        self.seen_inlined: set[int] = set()
        for st in fn.body or []:
            self._stmt(st)

    def _assign(self, x: Any, value: Any) -> None:
        if isinstance(value, ir.InlinedCall):
            self._inlined(value)
        if not isinstance(x, ir.Name) or x.var.name == "_" or x.var.cls is not ir.VarClass.AUTO:
            return
        if not x.var.type.is_interface():
            return
        if isinstance(value, ir.Nil):
            return
        if isinstance(value, T.Type) and value.is_interface():
            value = None
        self.vars[id(x.var)] = x.var
        self.assigns.setdefault(id(x.var), []).append(value)

    def _stmt(self, s: Any) -> None:
        for i in getattr(s, "init", []):
            self._stmt(i)
        if isinstance(s, ir.Assign) and not s.op and s.y is not None:
            y = s.y
            if isinstance(y, ir.InlinedCall) and len(y.results) == 1:
                self._inlined(y)
                self._assign(s.x, ir.Name(y.pos, y.type, var=y.results[0]))
            elif isinstance(y, ir.Call) and not isinstance(y.type, T.Tuple):
                self._assign(s.x, _result_type(y, 0))
            else:
                self._assign(s.x, y)
        elif isinstance(s, ir.Assign2):
            if s.kind is ir.Assign2Kind.PAIR:
                for x, y in zip(s.lhs, s.rhs):
                    self._assign(x, y)
            elif s.kind is ir.Assign2Kind.DOTTYPE:
                self._assign(s.lhs[0], s.rhs[0])
                self._assign(s.lhs[1], None)
            elif s.kind in (ir.Assign2Kind.MAPR, ir.Assign2Kind.RECV):
                self._assign(s.lhs[0], s.rhs[0].type)
                self._assign(s.lhs[1], None)
            elif s.kind is ir.Assign2Kind.FUNC:
                call = s.rhs[0]
                if isinstance(call, ir.InlinedCall):
                    self._inlined(call)
                    for x, r in zip(s.lhs, call.results):
                        self._assign(x, ir.Name(call.pos, r.type, var=r))
                else:
                    for i, x in enumerate(s.lhs):
                        self._assign(x, _result_type(call, i))
        elif isinstance(s, ir.Range):
            xt = s.x.type.under
            if isinstance(xt, T.Pointer) and isinstance(xt.elem.under, T.Array):
                xt = xt.elem.under
            if isinstance(xt, (T.Array, T.Slice)):
                self._assign(s.key, None)
                self._assign(s.value, xt.elem)
            elif isinstance(xt, T.Chan):
                self._assign(s.key, xt.elem)
            elif isinstance(xt, T.Map):
                self._assign(s.key, xt.key)
                self._assign(s.value, xt.elem)
            else:
                self._assign(s.key, None)
                self._assign(s.value, None)
        elif isinstance(s, ir.Switch) and s.type_switch:
            for c in s.cases:
                if c.var is not None:
                    self._assign(ir.Name(c.var.pos, c.var.type, var=c.var), s.tag)
        for e in _exprs_of(s):
            self._scan_closures(e)
        for sub in _stmts_of(s):
            self._stmt(sub)

    def _inlined(self, e: ir.InlinedCall) -> None:
        """The assignments of an inlined body count too: its results lead to what it returns."""
        if id(e) in self.seen_inlined:
            return
        self.seen_inlined.add(id(e))
        for st in e.init + e.body:
            self._stmt(st)

    def _scan_closures(self, e: Any) -> None:
        if isinstance(e, ir.InlinedCall):
            self._inlined(e)
            return
        if isinstance(e, ir.FuncLit):
            for st in e.func.body or []:
                self._stmt(st)
            return
        for sub in _sub_exprs(e):
            self._scan_closures(sub)
        for i in getattr(e, "init", []):
            self._stmt(i)

    def concrete(self, e: Any, seen: set[int]) -> Any:
        while True:
            if not e.type.is_interface():
                return e.type
            if isinstance(e, ir.Conv) and e.op in (ir.ConvOp.IFACE, ir.ConvOp.NOP, ir.ConvOp.CONV):
                e = e.x
                continue
            if isinstance(e, ir.TypeAssert):
                e = e.x
                continue
            if isinstance(e, ir.InlinedCall) and len(e.results) == 1:
                e = ir.Name(e.pos, e.type, var=e.results[0])
                continue
            break
        if not isinstance(e, ir.Name) or e.var.cls is not ir.VarClass.AUTO:
            return None
        v = e.var
        if v.addrtaken_syntax:
            return None
        if id(v) in seen:
            return NO_TYPE
        seen.add(id(v))
        typ = None
        for a in self.assigns.get(id(v), []):
            if a is None:
                return None
            t = a if isinstance(a, T.Type) else self.concrete(a, seen)
            if t is NO_TYPE:
                continue
            if t is None:
                return None
            if typ is not None and not _same_type_object(typ, t):
                return None
            typ = t
        return NO_TYPE if typ is None else typ


def _same_type_object(a: T.Type, b: T.Type) -> bool:
    """Would gc hold ``a`` and ``b`` as one type object? It compares the types of the values
    assigned by pointer: pointer and slice types are made once per element type, but each
    struct type literal is a type of its own (two ``struct{ CImpl }{}`` are not one type)."""
    if a is b:
        return True
    if isinstance(a, (T.Pointer, T.Slice)) and type(a) is type(b):
        return _same_type_object(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, (T.Struct, T.Array, T.Map, T.Chan, T.Signature, T.Interface)):
        return False
    return T.identical(a, b)


def _result_type(call: Any, i: int) -> T.Type | None:
    t = call.type
    if isinstance(t, T.Tuple):
        return t.types[i] if i < len(t.types) else None
    return t


def _sub_exprs(e: Any) -> list[Any]:
    out = []
    for name in ("x", "y", "index", "lo", "hi", "max", "fun", "recv", "ch", "lit"):
        sub = getattr(e, name, None)
        if isinstance(sub, ir.Expr):
            out.append(sub)
    for name in ("args", "operands"):
        out.extend(getattr(e, name, None) or [])
    if isinstance(e, ir.CompLit):
        for k, v in e.elems:
            if k is not None:
                out.append(k)
            out.append(v)
    return out


def _exprs_of(s: Any) -> list[Any]:
    out = []
    for name in ("x", "y", "cond", "tag", "ch", "value", "call", "key"):
        sub = getattr(s, name, None)
        if isinstance(sub, ir.Expr):
            out.append(sub)
    for name in ("lhs", "rhs", "results"):
        out.extend(e for e in getattr(s, name, None) or [] if isinstance(e, ir.Expr))
    if isinstance(s, ir.Switch):
        for c in s.cases:
            out.extend(c.exprs)
    return out


def _stmts_of(s: Any) -> list[Any]:
    out: list[Any] = []
    post = getattr(s, "post", None)
    if post is not None:
        out.append(post)
    for name in ("body", "then", "els"):
        out.extend(getattr(s, name, None) or [])
    if isinstance(s, ir.Switch):
        for c in s.cases:
            out.extend(c.body)
    if isinstance(s, ir.Select):
        for c in s.cases:
            out.extend((c.comm or []) + c.body)
    return out


def devirtualize(blocks: list[list[ir.Func]], emit: Callable[[Pos, str], None],
                 unsupported: list[Unsupported]) -> None:
    """Every function of the program, in the order of its call-graph components.

    A function the pass cannot judge is marked unsupported (and listed in
    ``unsupported``); escape analysis will skip it."""
    for block in blocks:
        for f in block:
            if f.outer is None and not f.unsupported:
                try:
                    devirtualize_func(f, emit)
                except Unsupported as exc:
                    f.unsupported.append(exc)
                    unsupported.append(exc)


def devirtualize_func(fn: ir.Func, emit: Callable[[Pos, str], None]) -> None:
    """Rewrite ``fn``'s devirtualizable interface calls in walk order, reporting each."""
    if not fn.iface_calls:
        return
    ct = ConcreteTypes(fn)
    for s in fn.body or []:
        _stmt(s, ct, emit)


def _devirt_closure(fn: ir.Func, ct: ConcreteTypes, emit: Callable[..., None]) -> None:
    for s in fn.body or []:
        _stmt(s, ct, emit)

def _stmt(s: Any, oracle: ConcreteTypes, emit: Callable[..., None]) -> None:
    for i in getattr(s, "init", []):
        _stmt(i, oracle, emit)
    for name in ("x", "y", "cond", "tag", "ch", "value", "call"):
        sub = getattr(s, name, None)
        if isinstance(sub, ir.Expr):
            _expr(sub, oracle, emit)
    for name in ("lhs", "rhs", "results"):
        for sub in getattr(s, name, None) or []:
            if isinstance(sub, ir.Expr):
                _expr(sub, oracle, emit)
    post = getattr(s, "post", None)
    if post is not None:
        _stmt(post, oracle, emit)
    for name in ("body", "then", "els"):
        for sub in getattr(s, name, None) or []:
            _stmt(sub, oracle, emit)
    if isinstance(s, ir.Switch):
        for c in s.cases:
            for e in c.exprs:
                _expr(e, oracle, emit)
            for b in c.body:
                _stmt(b, oracle, emit)
    if isinstance(s, ir.Select):
        for c in s.cases:
            for b in (c.comm or []) + c.body:
                _stmt(b, oracle, emit)


def _expr(e: Any, oracle: ConcreteTypes, emit: Callable[..., None]) -> None:
    for i in e.init:
        _stmt(i, oracle, emit)
    if isinstance(e, ir.FuncLit):
        _devirt_closure(e.func, oracle, emit)
        return
    if isinstance(e, ir.Call) and e.iface:
        devirtualize_call(e, oracle, emit)
    for name in ("x", "y", "index", "lo", "hi", "max", "fun", "recv", "ch", "lit"):
        sub = getattr(e, name, None)
        if isinstance(sub, ir.Expr):
            _expr(sub, oracle, emit)
    for name in ("args", "operands"):
        for sub in getattr(e, name, None) or []:
            _expr(sub, oracle, emit)
    if isinstance(e, ir.CompLit):
        for k, v in e.elems:
            if k is not None:
                _expr(k, oracle, emit)
            _expr(v, oracle, emit)


def devirtualize_call(call: ir.Call, oracle: ConcreteTypes, emit: Callable[..., None]) -> None:
    """Rewrite one interface call to a direct call when the receiver's concrete type is known."""
    recv = call.recv
    assert recv is not None
    concrete = oracle.concrete(recv, set())
    if concrete is None or concrete is NO_TYPE or getattr(concrete, "is_shape", False):
        return
    sel = lookup(concrete, call.method)
    if sel is None:
        return
    x: ir.Expr = ir.TypeAssert(recv.pos, concrete, x=recv, type_text=T.type_string(concrete),
                               implicit=True)
    for fld in sel.path:
        x = ir.Dot(call.fun.pos, fld.type, x=x, field=fld.name, ptr=x.type.is_pointer(), implicit=True)
    if sel.iface_method is not None:
        # promoted from an embedded interface: still a dynamic call, on the embedded field
        emit(call.pos, f"partially devirtualizing {expr_string(call.fun)} to {T.type_string(concrete)}")
        call.recv = x
        call.fun.x = x  # type: ignore[attr-defined]
        return
    if sel.method is None:
        return
    f: ir.Func = sel.method
    want_ptr = f.sig.recv is not None and isinstance(f.sig.recv.type, T.Pointer)
    if want_ptr and not x.type.is_pointer():
        if sel.path and not x.type.is_pointer():
            return
        return
    emit(call.pos, f"devirtualizing {expr_string(call.fun)} to {T.type_string(concrete)}")
    if not want_ptr and x.type.is_pointer():
        x = ir.Deref(x.pos, x.type.under.elem, x=x, implicit=True)  # type: ignore[attr-defined]
    call.iface = False
    call.recv = None
    call.fun = ir.MethodExpr(call.fun.pos, f.sig, recv_type=f.sig.recv.type if f.sig.recv else
                             concrete, func=f)
    call.args = [x] + call.args
