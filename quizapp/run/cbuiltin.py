"""Compiling Go's built-in functions: len, cap, append, copy, make, new, delete, panic, ...

``append`` and ``make`` take their capacities from ``backing``; ``print``
and ``println`` write to standard error in the runtime's format.
"""

from __future__ import annotations

import math
from typing import Any

from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from . import arith
from .backing import AppendPlan
from .ccall import CallCompiler
from .compiler import Fn
from .errors import GoPanic
from .frames import Frame
from .panics import nil_deref, rpanic
from .rtypes import hash_key
from .values import NIL_SLICE, Iface, Ptr, Slice, is_aggregate, width, zero


class BuiltinCompiler(CallCompiler):
    """The built-ins as calls."""

    def x_Builtin(self, e: ir.Builtin) -> Fn:
        m = getattr(self, "b_" + e.name.replace(".", "_"), None)
        if m is None:
            raise self.cannot(e.pos, f"built-in {e.name}")
        return m(e)

    def b_len(self, e: ir.Builtin) -> Fn:
        a = e.args[0]
        x = self.expr(a)
        u = a.type.under
        if isinstance(u, T.Basic):
            return self.hoist(lambda fr: len(x(fr)))
        if isinstance(u, T.Slice):
            return self.hoist(lambda fr: x(fr).len)
        if isinstance(u, T.Array):
            n = u.length
            return self.hoist(lambda fr: (x(fr), n)[1])
        if isinstance(u, T.Pointer):
            n = u.elem.under.length  # type: ignore[attr-defined]
            return self.hoist(lambda fr: (x(fr), n)[1])
        if isinstance(u, T.Map):
            return self.hoist(lambda fr: 0 if (mv := x(fr)) is None else len(mv.d))
        if isinstance(u, T.Chan):
            return self.hoist(lambda fr: 0 if (ch := x(fr)) is None else len(ch.buf))
        raise self.cannot(e.pos, f"len of {T.type_string(a.type)}")

    def b_cap(self, e: ir.Builtin) -> Fn:
        a = e.args[0]
        x = self.expr(a)
        u = a.type.under
        if isinstance(u, T.Slice):
            return self.hoist(lambda fr: x(fr).cap)
        if isinstance(u, T.Array):
            n = u.length
            return self.hoist(lambda fr: (x(fr), n)[1])
        if isinstance(u, T.Pointer):
            n = u.elem.under.length  # type: ignore[attr-defined]
            return self.hoist(lambda fr: (x(fr), n)[1])
        if isinstance(u, T.Chan):
            return self.hoist(lambda fr: 0 if (ch := x(fr)) is None else ch.cap)
        raise self.cannot(e.pos, f"cap of {T.type_string(a.type)}")

    def b_append(self, e: ir.Builtin, inplace: bool = False, self_assign: bool = False) -> Fn:
        s = self.expr(e.args[0])
        plan: AppendPlan = self.append_plan(e, inplace)
        first = self.first_store_site(e, plan)
        if e.ddd:
            f = self.append_fn(e, s, [], self.expr(e.args[1]), plan, first)
        else:
            f = self.append_fn(e, s, [self.expr(a) for a in e.args[1:]], None, plan, first)
        return f if self_assign else self.hoist(f)

    def first_store_site(self, e: ir.Builtin, plan: AppendPlan) -> bool:
        """Is this the first append site of its slice that gc compiles with the stack store?"""
        if plan.mode != "store":
            return False
        firsts = self.m.first_appends(self.fn)
        return firsts.get(_key_id(plan.key)) is e

    def b_copy(self, e: ir.Builtin) -> Fn:
        dst, src = self.expr(e.args[0]), self.expr(e.args[1])
        w = width(e.args[0].type.under.elem)  # type: ignore[attr-defined]

        def copy(fr: Frame) -> int:
            d, s = dst(fr), src(fr)
            if isinstance(s, bytes):
                n = min(d.len, len(s))
                if n:
                    d.arr[d.off:d.off + n] = s[:n]
                return n
            n = min(d.len, s.len)
            if n and w:
                d.arr[d.off:d.off + n * w] = s.arr[s.off:s.off + n * w]
            return n
        return self.hoist(copy)

    def b_new(self, e: ir.Builtin) -> Fn:
        t = e.type_arg
        assert t is not None
        hook = self.m.alloc_hook(e, self.fn)
        agg = is_aggregate(t)
        if agg and t.size() == 0 and self.m.placement.heap(e):
            zerobase = self.m.zerobase

            def new_zero_size(fr: Frame) -> Ptr:
                p = Ptr(zerobase, 0)
                if hook is not None:
                    hook(fr, p)
                return p
            return self.hoist(new_zero_size)

        def new(fr: Frame) -> Ptr:
            z = zero(t)
            p = Ptr(z if agg else [z], 0)
            if hook is not None:
                hook(fr, p)
            return p
        return self.hoist(new)

    def b_make(self, e: ir.Builtin) -> Fn:
        return self.hoist(self.make_fn(e, [self.expr(a) for a in e.args]))

    def b_delete(self, e: ir.Builtin) -> Fn:
        mx, kx = self.expr(e.args[0]), self.expr(e.args[1])
        kt = e.args[0].type.under.key  # type: ignore[attr-defined]

        def delete(fr: Frame) -> None:
            mv = mx(fr)
            key = hash_key(kt, kx(fr))
            if mv is not None:
                mv.d.pop(key, None)
        return delete

    def b_clear(self, e: ir.Builtin) -> Fn:
        x = self.expr(e.args[0])
        u = e.args[0].type.under
        if isinstance(u, T.Map):
            return lambda fr: None if (mv := x(fr)) is None else mv.d.clear()
        et = u.elem  # type: ignore[attr-defined]
        w = width(et)

        def clear(fr: Frame) -> None:
            s = x(fr)
            if s.len:
                z = zero(et)
                s.arr[s.off:s.off + s.len * w] = (z * s.len) if is_aggregate(et) else [z] * s.len
        return clear

    def b_close(self, e: ir.Builtin) -> Fn:
        x = self.expr(e.args[0])
        chans = self.m.chans
        return lambda fr: chans.close(x(fr))

    def b_panic(self, e: ir.Builtin) -> Fn:
        x = self.expr(e.args[0])

        def panic(fr: Frame) -> None:
            v = x(fr)
            if v is None:
                p = rpanic("runtime error: panic called with nil argument", "panicnil")
                p.runtime_error = False
                raise p
            raise GoPanic(v)
        return panic

    def b_recover(self, e: ir.Builtin) -> Fn:
        return self.hoist(self.m.recover)

    def b_print(self, e: ir.Builtin) -> Fn:
        return self.printer(e, False)

    def b_println(self, e: ir.Builtin) -> Fn:
        return self.printer(e, True)

    def printer(self, e: ir.Builtin, ln: bool) -> Fn:
        from .printing import container_address, print_value
        parts = [(self.expr(a), a.type) for a in e.args]
        out = self.m.out
        addr = container_address(self.m)

        def prnt(fr: Frame) -> None:
            vals = [(f(fr), t) for f, t in parts]
            chunks = []
            for i, (v, t) in enumerate(vals):
                if ln and i:
                    chunks.append(b" ")
                chunks.append(print_value(v, t, addr))
            if ln:
                chunks.append(b"\n")
            out.write_err(b"".join(chunks))
        return prnt

    def b_min(self, e: ir.Builtin) -> Fn:
        return self.minmax(e, min_=True)

    def b_max(self, e: ir.Builtin) -> Fn:
        return self.minmax(e, min_=False)

    def minmax(self, e: ir.Builtin, min_: bool) -> Fn:
        xs = [self.expr(a) for a in e.args]
        is_float = isinstance(e.type.under, T.Basic) and e.type.under.info is T.BasicInfo.FLOAT

        def pick(fr: Frame) -> Any:
            vals = [x(fr) for x in xs]
            best = vals[0]
            for v in vals[1:]:
                if is_float:
                    if math.isnan(best) or math.isnan(v):
                        best = math.nan
                        continue
                    if v == best == 0:
                        neg_v = math.copysign(1, v) < 0
                        best = v if (neg_v if min_ else not neg_v) else best
                        continue
                if (v < best) if min_ else (v > best):
                    best = v
            return best
        return self.hoist(pick)

    def b_complex(self, e: ir.Builtin) -> Fn:
        x, y = self.expr(e.args[0]), self.expr(e.args[1])
        if arith.is_complex64(e.type):
            return self.hoist(lambda fr: arith.c64(complex(x(fr), y(fr))))
        return self.hoist(lambda fr: complex(x(fr), y(fr)))

    def b_real(self, e: ir.Builtin) -> Fn:
        x = self.expr(e.args[0])
        return self.hoist(lambda fr: x(fr).real)

    def b_imag(self, e: ir.Builtin) -> Fn:
        x = self.expr(e.args[0])
        return self.hoist(lambda fr: x(fr).imag)


def _key_id(key: Any) -> int:
    return id(key)


__all__ = ["BuiltinCompiler", "Iface", "NIL_SLICE", "Slice", "nil_deref"]
