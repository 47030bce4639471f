"""Which functions gc can inline, and at what cost (gc's ``CanInlineFuncs``).

Functions are measured callees first (the call graph's components, as
escape analysis orders them), so that a call to an inlinable callee is
charged the callee's cost. Inside a component of mutually recursive
functions, a callee not yet measured is charged as an ordinary call; a
function literal called where it is written is measured on demand. Each
decision is reported as gc prints it: ``can inline F`` (``-m``), with
``with cost N as: ...`` (``-m=2``), or ``cannot inline F: reason``.
"""

from __future__ import annotations

from typing import Callable, Protocol

from ..errors import Pos, Unsupported
from ..ir import nodes as ir
from ..ir.reassign import Oracles
from ..types import model as T
from .cost import (BIG_FUNCTION_MAX_COST, BIG_FUNCTION_NODES, CLOSURE_BUDGET, MAX_BUDGET, measure)
from .names import display_name

IMPOSSIBLE_PRAGMAS = {
    "noinline": "marked go:noinline",
    "cgo_unsafe_args": "marked go:cgo_unsafe_args",
    "uintptrkeepalive": "marked as having a keep-alive uintptr argument",
    "uintptrescapes": "marked as having an escaping uintptr argument",
    "yeswritebarrierrec": "marked go:yeswritebarrierrec",
}
"""Directives that make a function impossible to inline, with gc's reason (``InlineImpossible``)."""


class Unknown(Exception):
    """A cost that depends on a function the analyzer cannot judge."""


class InlineReporter(Protocol):
    """Receives the inliner's decisions as gc prints them."""

    def can_inline(self, fn: ir.Func, name: str, cost: int, level1: bool = True) -> None: ...
    def can_inline_level1(self, fn: ir.Func, name: str) -> None: ...
    def cannot_inline(self, fn: ir.Func, name: str, reason: str) -> None: ...
    def inlining_call(self, pos: Pos, name: str) -> None: ...
    def generated_line(self, level: int, line: str) -> None: ...


class Inlinability:
    """Measures functions on demand and remembers the answers (``fn.inl_cost``)."""

    def __init__(self, oracles: Oracles, report: InlineReporter,
                 unsupported: Callable[[ir.Func, Unsupported], None] | None = None) -> None:
        self.oracles = oracles
        self.report = report
        self.unsupported = unsupported    # told of a function whose cost is not modelled
        self.nodes: dict[int, int] = {}
        """Node counts of the functions measured (gc's "big function" rule)."""

    def check(self, fn: ir.Func, quiet1: bool = False) -> None:
        """gc's ``CanInline``: decide once whether ``fn`` can be inlined, and report it.

        ``quiet1``: gc at ``-m`` would not measure ``fn`` yet (see ``CalleeCost``); its
        ``-m`` line waits for the next check that it would make."""
        if fn.inl_checked or fn.external:
            if not quiet1 and fn.inl_cost is not None and not getattr(fn, "inl_noted1", True):
                fn.inl_noted1 = True  # type: ignore[attr-defined]
                self.report.can_inline_level1(fn, display_name(fn))
            return
        fn.inl_checked = True
        if fn.unsupported:
            fn.inl_unknown = True        # its body is not fully known: nor is its cost
            return
        reason = self.impossible(fn)
        cost = 0
        if not reason:
            budget = CLOSURE_BUDGET if fn.outer is not None else MAX_BUDGET
            try:
                res = measure(fn, self.callee_cost_for(fn), False, budget)
                self.nodes[id(fn)] = res.nodes
                if is_big(res.nodes):
                    res = measure(fn, self.callee_cost_for(fn), True, budget)
            except Unknown:
                fn.inl_unknown = True    # it calls a function whose cost is unknown
                return
            if res.unknown:
                fn.inl_unknown = True    # gc's cost has parts not modelled: nothing is guessed
                if self.unsupported is not None:
                    self.unsupported(fn, Unsupported(fn.pos, f"the inlining cost of {res.unknown}"))
                return
            if res.reason:
                reason = res.reason
            elif res.cost > budget:
                reason = f"function too complex: cost {res.cost} exceeds budget {budget}"
            cost = res.cost
        if reason:
            fn.inl_reason = reason
            self.report.cannot_inline(fn, display_name(fn), reason)
            return
        fn.inl_cost = cost
        fn.inl_noted1 = not quiet1  # type: ignore[attr-defined]
        self.report.can_inline(fn, display_name(fn), cost, level1=not quiet1)

    def impossible(self, fn: ir.Func) -> str:
        for pragma, reason in IMPOSSIBLE_PRAGMAS.items():
            if pragma in fn.pragmas:
                return reason
        if fn.body is None:
            return "no function body"
        return ""

    def callee_cost_for(self, caller: ir.Func) -> Callable[[ir.Call, bool], int | None]:
        def callee_cost(call: ir.Call, big: bool, visible: bool) -> int | None:
            callee = self.callee(caller, call, measure_literals=True, quiet1=not visible)
            if callee is not None and callee.inl_unknown:
                raise Unknown(callee.name)
            if callee is not None and callee.intrinsic:
                return 0                     # compiled to instructions: only the call's node
            if callee is None or callee.inl_cost is None:
                return None
            if callee.inl_cost > max_cost(callee, big, called_once=False):
                return None
            return callee.inl_cost
        return callee_cost

    def callee(self, caller: ir.Func, call: ir.Call, measure_literals: bool,
               quiet1: bool = False) -> ir.Func | None:
        """The function a call statically reaches, when gc's ``inlCallee`` can tell."""
        if call.iface:
            return None
        v = self.oracles(caller).static_value(call.fun)
        if isinstance(v, ir.FuncName):
            return v.func
        if isinstance(v, ir.MethodExpr):
            recv = v.func.sig.recv
            if recv is None or not T.identical(recv.type, v.recv_type):
                return None
            return v.func
        if isinstance(v, ir.FuncLit):
            lit = v.func
            if lit.closure_vars and lit.outer is not caller:   # across closure frames
                return None
            if measure_literals:
                self.check(lit, quiet1)
            return lit
        return None


def max_cost(callee: ir.Func, big_caller: bool, called_once: bool) -> int:
    """The largest callee cost gc inlines at a call site (``inlineCostOK``)."""
    m = BIG_FUNCTION_MAX_COST if big_caller else MAX_BUDGET
    if callee.outer is not None:
        m *= 2
        if called_once:
            m = max(m, CLOSURE_BUDGET)
    return m


def is_big(nodes: int) -> bool:
    """gc's ``IsBigFunc``: more nodes than a caller may have and still inline ordinary callees."""
    return nodes >= BIG_FUNCTION_NODES


def can_inline_funcs(blocks: list[list[ir.Func]], inl: Inlinability) -> None:
    """Decide every function's inlinability, callees first (gc's ``CanInlineFuncs``)."""
    for block in blocks:
        for fn in block:
            inl.check(fn)
