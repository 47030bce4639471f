"""Size and alignment limits: values the stack cannot hold whatever the flows.

A variable over 128 KiB, an implicit allocation (``new``, ``&T{}``, a
constant-size ``make``, a closure's context) over 64 KiB, or anything
aligned beyond 8 bytes is heap allocated before the graph is solved; gc
says why (``too large for stack``). A closure captures a variable by value
when it is never reassigned or address-taken and at most 128 bytes.
"""

from __future__ import annotations

from ..ir import nodes as ir
from ..types import model as T
from .graph import Location

MAX_STACK_VAR_SIZE = 128 * 1024
MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024
MAX_CAPTURE_BY_VALUE = 128


def captured_by_value(cv: ir.Var, loc: Location | None) -> bool:
    """Does a closure copy ``cv`` into its context (rather than point at it)?"""
    return loc is not None and not loc.addrtaken and not loc.reassigned and \
        cv.type.size() <= MAX_CAPTURE_BY_VALUE


def heap_alloc_reason(loc: Location) -> str:
    """Why a location cannot be on the stack, whatever the flows say ("" if it can)."""
    n = loc.node
    if n is None:
        return ""
    if isinstance(n, ir.Var):
        if n.cls is not ir.VarClass.AUTO:
            return ""
        t = n.type
    else:
        t = n.type
    if isinstance(t, T.Tuple):
        return ""
    if t.size() > MAX_STACK_VAR_SIZE:
        return "too large for stack"
    if t.align() > 8:
        return "too aligned for stack"
    if isinstance(n, (ir.PtrLit,)) or isinstance(n, ir.Builtin) and n.name == "new":
        elem = t.under.elem  # type: ignore[attr-defined]
        if elem.size() > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
        if elem.align() > 8:
            return "too aligned for stack"
    if isinstance(n, ir.FuncLit):
        size = 8
        for cv in n.func.closure_vars:
            byval = captured_by_value(cv, cv.loc)
            a = cv.type.align() if byval else 8
            size = (size + a - 1) // a * a + (cv.type.size() if byval else 8)
        if size > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
    if isinstance(n, ir.MethodValue):
        if 8 + n.x.type.size() > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
    if isinstance(n, ir.Builtin) and n.name == "make" and n.type.is_slice():
        r = n.args[1] if len(n.args) > 1 else (n.args[0] if n.args else None)
        elem = n.type.under.elem  # type: ignore[attr-defined]
        if elem.size() == 0:
            return "zero-sized element"
        if not (isinstance(r, ir.Const) and isinstance(r.value, int) and -(1 << 31) <= r.value < (1 << 31)):
            return ""
        if int(r.value) > MAX_IMPLICIT_STACK_VAR_SIZE // elem.size():
            return "too large for stack"
    return ""
