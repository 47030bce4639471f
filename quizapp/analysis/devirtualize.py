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

from . import ir
from . import types as T
from .errors import Unsupported
from .lower_types import lookup
from .oracle import ReassignOracle
from .printer import expr_string


def devirtualize_func(fn: ir.Func, oracle: ReassignOracle, emit: Callable[..., None]) -> None:
    """Rewrite ``fn``'s devirtualizable interface calls in walk order, reporting each."""
    for s in fn.body or []:
        _stmt(s, oracle, emit)


def _stmt(s: Any, oracle: ReassignOracle, emit: Callable[..., None]) -> None:
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


def _expr(e: Any, oracle: ReassignOracle, emit: Callable[..., None]) -> None:
    for i in e.init:
        _stmt(i, oracle, emit)
    if isinstance(e, ir.FuncLit):
        devirtualize_func(e.func, oracle, emit)
        return
    if isinstance(e, ir.Call) and e.iface:
        _call(e, oracle, emit)
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


def _call(call: ir.Call, oracle: ReassignOracle, emit: Callable[..., None]) -> None:
    recv = call.recv
    assert recv is not None
    v = oracle.static_value(recv)
    if not (isinstance(v, ir.Conv) and v.op is ir.ConvOp.IFACE) or v.x.type.is_interface():
        return
    concrete = v.x.type
    sel = lookup(concrete, call.method)
    if sel is None or sel.method is None:
        return
    if sel.path:
        raise Unsupported(call.pos, "devirtualizing a promoted method")
    f: ir.Func = sel.method
    want_ptr = f.sig.recv is not None and isinstance(f.sig.recv.type, T.Pointer)
    if want_ptr and not concrete.is_pointer():
        return
    emit(call.pos, f"devirtualizing {expr_string(call.fun)} to {T.type_string(concrete)}")
    x: ir.Expr = ir.TypeAssert(recv.pos, concrete, x=recv, type_text=T.type_string(concrete),
                               implicit=True)
    if not want_ptr and concrete.is_pointer():
        x = ir.Deref(x.pos, concrete.under.elem, x=x, implicit=True)  # type: ignore[attr-defined]
    call.iface = False
    call.recv = None
    call.fun = ir.MethodExpr(call.fun.pos, f.sig, recv_type=f.sig.recv.type if f.sig.recv else
                             concrete, func=f)
    call.args = [x] + call.args
