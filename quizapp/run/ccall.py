"""Compiling calls and conversions.

A call names its callee statically (a function, a method expression, a
literal) or computes a func value; an interface call finds the method on
the dynamic type at run time. Arguments arrive already matched to
parameters by the lowering (the ``... argument`` slice is a literal, the
receiver is the first argument). Conversions follow gc's: numeric
conversions wrap or round, string conversions copy (with the capacities
the runtime gives their fresh slices), and a conversion to an interface
boxes the value with its dynamic type.
"""

from __future__ import annotations

from typing import Any

from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from . import arith
from .backing import BackingStores
from .frames import Frame
from .panics import nil_deref, rpanic
from .text import decode_runes, encode_rune
from .values import NIL_SLICE, Func, Iface, Ptr, Slice, is_aggregate, width
from .cexpr import ExprCompiler
from .compiler import Fn


class CallCompiler(ExprCompiler, BackingStores):
    """Calls, method calls, interface calls and conversions."""

    def x_Call(self, e: ir.Call) -> Fn:
        m = self.m
        if e.iface:
            recv = self.expr(e.recv)  # type: ignore[arg-type]
            args = [self.expr(a) for a in e.args]
            name = e.method
            call_method = m.call_method
            return self.hoist(lambda fr: call_method(recv(fr), name, [a(fr) for a in args]))
        fun = e.fun
        args = [self.expr(a) for a in e.args]
        at = m.placement.inlined_at(e.pos)
        if isinstance(fun, (ir.FuncName, ir.MethodExpr)):
            code = m.callable_of(fun.func)
            if getattr(fun.func, "shape_params", None):
                return self.hoist(self.generic_call(fun, e, code, args))
            if at is not None:
                invoke = code.invoke
                return self.hoist(lambda fr: invoke(fr.g, [a(fr) for a in args], None, None, at))
            return self.hoist(_static_call(code, args))
        f = self.expr(fun)
        call_value = m.call_value
        return self.hoist(lambda fr: call_value(f(fr), [a(fr) for a in args], fr.g, at))

    def generic_call(self, fun: Any, e: ir.Call, code: Any, args: list[Fn]) -> Fn:
        """A call of a shape instance: the dictionary maps its shapes to this call's types."""
        from .generics import call_targs, make_dict
        targs = call_targs(fun, e.args)
        if targs is None:
            raise self.cannot(e.pos, f"a call of {fun.func.name} whose type arguments are unknown")
        callee = fun.func
        invoke = code.invoke
        return lambda fr: invoke(fr.g, [a(fr) for a in args], None,
                                 make_dict(callee, targs, fr.tdict))

    # ------------------------------------------------------------ conversions
    def x_Conv(self, e: ir.Conv) -> Fn:
        x = self.expr(e.x)
        op = e.op
        if _unsafe(e.type) or _unsafe(e.x.type):
            raise self.cannot(e.pos, "conversions of unsafe.Pointer (memory is not laid out as Go's)")
        if op is ir.ConvOp.NOP:
            return x
        if op is ir.ConvOp.IFACE:
            return self.box(e, x)
        if op is ir.ConvOp.CONV:
            return self.numeric(e, x)
        if op is ir.ConvOp.BYTES2STR:
            hook = self.m.alloc_hook(e, self.fn)

            def b2s(fr: Frame) -> bytes:
                s = x(fr)
                out = b"" if s.arr is None else bytes(s.arr[s.off:s.off + s.len])
                if hook is not None:
                    hook(fr, out)
                return out
            return b2s
        if op is ir.ConvOp.RUNES2STR:
            hook = self.m.alloc_hook(e, self.fn)

            def r2s(fr: Frame) -> bytes:
                s = x(fr)
                out = b"" if s.arr is None else b"".join(
                    encode_rune(r) for r in s.arr[s.off:s.off + s.len])
                if hook is not None:
                    hook(fr, out)
                return out
            return r2s
        if op is ir.ConvOp.RUNESTR:
            hook = self.m.alloc_hook(e, self.fn)
            if hook is None:
                return lambda fr: encode_rune(x(fr))

            def rune2s(fr: Frame) -> bytes:
                out = encode_rune(x(fr))
                hook(fr, out)
                return out
            return rune2s
        if op is ir.ConvOp.STR2BYTES:
            return self.hoist(self.str_to_bytes(e, x))
        if op is ir.ConvOp.STR2RUNES:
            return self.hoist(self.str_to_runes(e, x))
        if op in (ir.ConvOp.SLICE2ARR, ir.ConvOp.SLICE2ARRPTR):
            return self.slice_to_array(e, x)
        raise self.cannot(e.pos, f"conversion {op.value}")

    def box(self, e: ir.Conv, x: Fn) -> Fn:
        """A conversion to an interface: the dynamic type travels with the value."""
        src = e.x.type
        if src.is_interface():
            return x
        dyn = self.m.dynamic_type(src, self.fn)
        hook = self.m.alloc_hook(e, self.fn)
        if dyn is None:
            subst = self.m.subst_fn(src)

            def box_generic(fr: Frame) -> Iface:
                iv = Iface(subst(fr), x(fr))
                if hook is not None:
                    hook(fr, iv)
                return iv
            f = box_generic
        elif hook is None:
            f = lambda fr: Iface(dyn, x(fr))  # noqa: E731
        else:
            def box_traced(fr: Frame) -> Iface:
                iv = Iface(dyn, x(fr))
                hook(fr, iv)
                return iv
            f = box_traced
        if is_aggregate(src) and not T.is_pointer_shaped(src) and _needs_addr(src):
            return self.hoist(f)
        return f

    def numeric(self, e: ir.Conv, x: Fn) -> Fn:
        src, dst = e.x.type.under, e.type.under
        if not isinstance(src, T.Basic) or not isinstance(dst, T.Basic):
            return x
        si, di = arith.int_info(src), arith.int_info(dst)
        if di is not None:
            w = arith.wrapper(*di)
            if si is not None:
                return lambda fr: w(x(fr))
            if src.info is T.BasicInfo.FLOAT:
                bits, signed = di
                f2i = arith.float_to_int
                return lambda fr: f2i(x(fr), bits, signed)
        if dst.info is T.BasicInfo.FLOAT:
            single = dst.name == "float32"
            if si is not None:
                return lambda fr: arith.int_to_float(x(fr), single)
            if single:
                return lambda fr: arith.f32(x(fr))
            return x
        if dst.info is T.BasicInfo.COMPLEX:
            if dst.name == "complex64":
                return lambda fr: arith.c64(complex(x(fr)))
            return lambda fr: complex(x(fr))
        if dst.info is T.BasicInfo.STRING:
            return x
        return x

    def slice_to_array(self, e: ir.Conv, x: Fn) -> Fn:
        ptr = e.op is ir.ConvOp.SLICE2ARRPTR
        at = e.type.under.elem.under if ptr else e.type.under  # type: ignore[attr-defined]
        n = at.length  # type: ignore[attr-defined]
        w = width(at.elem)  # type: ignore[attr-defined]

        def conv(fr: Frame) -> Any:
            s = x(fr)
            if s.len < n:
                raise rpanic(f"cannot convert slice with length {s.len} to array or pointer to "
                             f"array with length {n}", "bounds")
            if ptr:
                if s.arr is None:
                    return None
                return Ptr(s.arr, s.off)
            return s.arr[s.off:s.off + n * w] if s.arr is not None else []
        return conv

    def str_to_runes(self, e: ir.Conv, x: Fn) -> Fn:
        heap = self.m.placement.heap(e)
        pos = e.pos
        hook = self.m.alloc_hook(e, self.fn)

        def s2r(fr: Frame) -> Slice:
            rs = decode_runes(x(fr))
            n = len(rs)
            if heap is None:
                raise self.cannot(pos, "[]rune(s) in a function the escape analysis left out")
            if not heap and n <= 32:
                cap = 32
            else:
                cap = self.m.sizes.roundupsize(n * 4, True) // 4
            arr = rs + [0] * (cap - n)
            out = Slice(arr, 0, n, cap)
            if hook is not None:
                hook(fr, out)
            return out
        return s2r

    def str_to_bytes(self, e: ir.Conv, x: Fn) -> Fn:
        site = self.m.placement.site(e)
        heap = None if site is None else site.verdict.value == "heap"
        zero_copy = site is not None and site.zero_copy
        const = isinstance(e.x, ir.Const)
        pos = e.pos
        hook = self.m.alloc_hook(e, self.fn)
        roundup = self.m.sizes.roundupsize

        def s2b(fr: Frame) -> Slice:
            s = x(fr)
            n = len(s)
            if heap is None:
                raise self.cannot(pos, "[]byte(s) in a function the escape analysis left out")
            if zero_copy or const:
                cap = n
            elif not heap and n <= 32:
                cap = 32
            else:
                cap = roundup(n, True)
            arr = list(s) + [0] * (cap - n)
            out = Slice(arr, 0, n, cap)
            if hook is not None:
                hook(fr, out)
            return out
        return s2b


def _unsafe(t: T.Type) -> bool:
    return t.under is T.UNSAFE_POINTER


def _needs_addr(t: T.Type) -> bool:
    """gc copies a value into a temporary before boxing it unless a convT helper takes it by value."""
    size, align = t.size(), t.align()
    if size == 2 and align == 2:
        return False
    if size in (4, 8) and align == size and not t.has_pointers():
        return False
    u = t.under
    sole = u
    while isinstance(sole, T.Struct) and len(sole.fields) == 1:
        sole = sole.fields[0].type.under
    while isinstance(sole, T.Array) and sole.length == 1:
        sole = sole.elem.under
    if isinstance(sole, T.Slice) or (isinstance(sole, T.Basic) and sole.info is T.BasicInfo.STRING):
        return False
    return True


def _static_call(code: Any, args: list[Fn]) -> Fn:
    invoke = code.invoke
    n = len(args)
    if n == 0:
        return lambda fr: invoke(fr.g, [], None)
    if n == 1:
        a0 = args[0]
        return lambda fr: invoke(fr.g, [a0(fr)], None)
    if n == 2:
        a0, a1 = args
        return lambda fr: invoke(fr.g, [a0(fr), a1(fr)], None)
    return lambda fr: invoke(fr.g, [a(fr) for a in args], None)


__all__ = ["CallCompiler", "Func", "NIL_SLICE", "nil_deref"]
