"""One batch: the functions of a call-graph component, analysed together.

A batch makes a location for every variable of its functions, walks their
bodies into the graph, adds the flows of closure captures and of the size
limits, solves, and then reports: parameter summaries first, then every
variable and allocation in the order its location was created.
"""

from __future__ import annotations

from typing import Any

from ..ir import nodes as ir
from ..types import model as T
from .graph import Attr, Hole, Location
from .leaks import CALLEE, HEAP, MUTATOR, Leaks
from .limits import captured_by_value, heap_alloc_reason
from .solve import Solver
from .walk import walk_func


class Batch(Solver):
    """One strongly connected component of functions, analysed together."""

    def run(self) -> None:
        for fn in self.funcs:
            self.init_func(fn)
        for fn in self.funcs:
            if not fn.is_closure:
                walk_func(self, fn)
        for k, lit in self.closures:
            self.flow_closure(k, lit)
        self.closures = []
        for loc in list(self.all_locs):
            self.rewrite_with_literals(loc)
            why = heap_alloc_reason(loc)
            if why:
                self.flow(self.heap_hole().addr(loc.node, why), loc)
        self.walk_all()
        self.finish()

    def init_func(self, fn: ir.Func) -> None:
        fn.esc_state = 1
        for v in fn.dcl:
            self.new_loc(None, v, persists=True, fn=fn)
        for i, r in enumerate(fn.results):
            self.loc_of(r).result_index = i + 1

    def flow_closure(self, k: Hole, lit: ir.FuncLit) -> None:
        for cv in lit.func.closure_vars:
            loc = self.loc_of(cv)
            byval = captured_by_value(cv, loc)
            self.observer.capture(cv, loc, byval)
            use = ir.Name(lit.func.capture_pos.get(id(cv), cv.pos), cv.type, var=cv)
            kk = k if byval else k.addr(use, "reference")
            self.flow(kk.note(use, "captured by a closure"), loc)

    def rewrite_with_literals(self, loc: Location) -> None:
        """A ``make`` length or a boxed value known from a single assignment becomes a constant."""
        n = loc.node
        if n is None or loc.fn is None:
            return
        if isinstance(n, ir.Builtin) and n.name == "make" and n.type.is_slice() and n.args:
            idx = 1 if len(n.args) > 1 else 0
            r = n.args[idx]
            if isinstance(r, ir.Const):
                return
            s = self.oracle(loc.fn).static_value(r)
            if isinstance(s, ir.Const) and isinstance(s.value, int) and s.value >= 0:
                n.args[idx] = ir.Const(r.pos, r.type, value=int(s.value))
            elif isinstance(s, ir.Builtin) and s.name == "len":
                x = self.oracle(loc.fn).static_value(s.args[0])
                if isinstance(x, ir.CompLit) and x.kind == "slice":
                    n.args[idx] = ir.Const(r.pos, T.INT, value=literal_len(x))
        elif isinstance(n, ir.Conv) and n.op is ir.ConvOp.IFACE:
            x = n.x
            if isinstance(x, ir.Const) or x.type.is_interface():
                return
            v = self.oracle(loc.fn).static_value(x)
            if isinstance(v, ir.Const) and valid_const_type(x.type, v.value):
                n.x = ir.Const(x.pos, x.type, value=v.value, alias=T.type_string(x.type))

    def finish(self) -> None:
        for fn in self.funcs:
            fn.esc_state = 3
            params = ([(-1, fn.recv)] if fn.recv is not None else []) + list(enumerate(fn.params))
            for idx, p in params:
                self.param_tag(fn, idx, p)
        for loc in self.all_locs:
            self.observer.location(loc)

    def param_tag(self, fn: ir.Func, idx: int, p: ir.Var) -> None:
        """Record a parameter's leak summary for later callers (gc's ``paramTag``)."""
        reported = not fn.is_wrapper and not fn.is_instance
        name = f"~p{idx}" if p.unnamed and p.name in ("", "_") else p.name
        if fn.body is None and not fn.external:
            self.bodyless_tag(fn, idx, p, name, reported)
            return
        if fn.uintptr_escapes:
            last = idx == len(fn.params) - 1 and fn.sig.variadic
            if is_uintptr(p.type) or last and is_uintptr(p.type.under.elem):  # type: ignore
                if reported:
                    dots = "" if is_uintptr(p.type) else "..."
                    self.observer.line(p.pos, f"marking {name} as escaping {dots}uintptr")
                fn.leaks[idx] = Leaks.heap_leak()     # no tag: what is passed leaks
                return
        if not p.type.has_pointers():
            return
        if p.unnamed or p.name == "_" or p.loc is None:
            fn.leaks[idx] = Leaks()
            return
        esc = p.loc.leaks.copy()
        esc.optimize()
        fn.leaks[idx] = esc
        reported = not fn.is_wrapper and not fn.is_instance
        if reported and not p.loc.has(Attr.ESCAPES):
            self.observer.param_summary(fn, p, esc)


    def bodyless_tag(self, fn: ir.Func, idx: int, p: ir.Var, name: str, reported: bool) -> None:
        """A function declared without a body (assembly, linkname): what is passed to a
        pointer parameter leaks, unless ``//go:noescape``; a uintptr is kept alive."""
        if is_uintptr(p.type):
            if reported:
                self.observer.line(p.pos, f"assuming {name} is unsafe uintptr")
            return
        if not p.type.has_pointers():
            return
        esc = Leaks()
        if fn.noescape:
            esc.add(MUTATOR, 0)
            esc.add(CALLEE, 0)
        else:
            esc.add(HEAP, 0)
        fn.leaks[idx] = esc
        if reported and not (p.unnamed or p.name in ("", "_")):
            self.observer.line(p.pos, f"{name} does not escape" if fn.noescape else f"leaking param: {name}")


def is_uintptr(t: T.Type) -> bool:
    u = t.under
    return isinstance(u, T.Basic) and u.name == "uintptr"


def literal_len(x: ir.CompLit) -> int:
    n = idx = 0
    for k, _ in x.elems:
        if isinstance(k, ir.Const):
            idx = int(k.value)
        idx += 1
        n = max(n, idx)
    return n


def valid_const_type(t: T.Type, v: Any) -> bool:
    u = t.under
    if not isinstance(u, T.Basic):
        return False
    if isinstance(v, bool):
        return u.info is T.BasicInfo.BOOL
    if isinstance(v, str):
        return u.info is T.BasicInfo.STRING
    if isinstance(v, int):
        return u.info in (T.BasicInfo.INT, T.BasicInfo.UINT)
    if isinstance(v, float):
        return u.info is T.BasicInfo.FLOAT
    if isinstance(v, complex):
        return u.info is T.BasicInfo.COMPLEX
    return False
