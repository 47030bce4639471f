"""Compiling expressions: values, addresses and assignable places.

``expr(e)`` gives a closure computing ``e``'s value; ``addr(e)`` one
computing where an addressable ``e`` lives (a container list and a slot
offset), so that ``x.f.g``, ``a[i].f`` or ``*p`` read and write one slot
without copying the struct around them. Hoisted nodes (gc's order pass,
see ``compiler``) are registered in the current unit's prelude.
"""

from __future__ import annotations

from typing import Any, Callable

from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from . import arith
from .compiler import CompilerBase, Fn, const_fn
from .frames import Frame
from .panics import index_out_of_range, nil_deref, slice_bounds
from .rtypes import equal_fn
from .values import NIL_SLICE, Func, Iface, Ptr, Slice, field_offsets, is_aggregate, width

Addr = Callable[[Frame], tuple[list, int]]


def struct_of(t: T.Type) -> T.Struct:
    u = t.under
    assert isinstance(u, T.Struct), t
    return u


class ExprCompiler(CompilerBase):
    """Values and addresses of expressions."""

    def expr(self, e: ir.Expr) -> Fn:
        m = getattr(self, "x_" + type(e).__name__, None)
        if m is None:
            raise self.cannot(e.pos, f"expression {type(e).__name__}")
        if e.init:
            init = [self.stmt(s, step=False) for s in e.init]
            if self.prelude is not None:
                # gc's order pass runs an expression's init statements first, in order
                self.prelude.extend(init)
                return m(e)
            return _after(init, m(e))
        return m(e)

    # ------------------------------------------------------------ leaves
    def x_Const(self, e: ir.Const) -> Fn:
        return const_fn(arith.const_value(e.value, e.type))

    def x_Nil(self, e: ir.Nil) -> Fn:
        return const_fn(NIL_SLICE if e.type.is_slice() else None)

    def x_Name(self, e: ir.Name) -> Fn:
        return self.load_var(e.var)

    def x_GlobalName(self, e: ir.GlobalName) -> Fn:
        cell = self.m.global_cell(e.glob)
        if is_aggregate(e.type):
            return lambda fr: cell[:]
        return lambda fr: cell[0]

    def x_FuncName(self, e: ir.FuncName) -> Fn:
        targs = getattr(e, "targs", None)
        if targs is not None and getattr(e.func, "shape_params", None):
            from .generics import make_dict
            code = self.m.func_value(e.func).code
            callee = e.func
            return lambda fr: Func(code=code, name=callee.name,
                                   tdict=make_dict(callee, targs, fr.tdict))
        fv = self.m.func_value(e.func)
        return lambda fr: fv

    def x_MethodExpr(self, e: ir.MethodExpr) -> Fn:
        fv = self.m.func_value(e.func)
        return lambda fr: fv

    def x_FuncLit(self, e: ir.FuncLit) -> Fn:
        f = e.func
        cells = [self.cell_of(v) for v in f.closure_vars]
        m = self.m
        code = m.code_of(f)
        hook = m.alloc_hook(e, self.fn)
        if self.fn.is_instance:
            def lit_generic(fr: Frame) -> Func:
                fv = Func(code, [c(fr) for c in cells], tdict=fr.tdict)
                if hook is not None:
                    hook(fr, fv)
                return fv
            return lit_generic
        if not cells:
            fv = Func(code)
            if hook is None:
                return lambda fr: fv

            def lit0(fr: Frame) -> Func:
                hook(fr, fv)
                return fv
            return lit0

        def lit(fr: Frame) -> Func:
            fv = Func(code, [c(fr) for c in cells])
            if hook is not None:
                hook(fr, fv)
            return fv
        return lit

    # ------------------------------------------------------------ operators
    def x_Unary(self, e: ir.Unary) -> Fn:
        x = self.expr(e.x)
        op = arith.unop(e.op, e.x.type if e.op != "!" else T.BOOL)
        return lambda fr: op(x(fr))

    def x_Binary(self, e: ir.Binary) -> Fn:
        op = e.op
        if op in ("&&", "||"):
            x = self.expr(e.x)
            pre, y = self.unit(lambda: self.expr(e.y))
            y = self.with_prelude(pre, y)
            if op == "&&":
                f = lambda fr: x(fr) and y(fr)  # noqa: E731
            else:
                f = lambda fr: x(fr) or y(fr)  # noqa: E731
            return self.hoist(f)
        if op in ("==", "!="):
            return self.equality(e)
        x, y = self.expr(e.x), self.expr(e.y)
        if op in ("<", "<=", ">", ">="):
            if op == "<":
                return lambda fr: x(fr) < y(fr)
            if op == "<=":
                return lambda fr: x(fr) <= y(fr)
            if op == ">":
                return lambda fr: x(fr) > y(fr)
            return lambda fr: x(fr) >= y(fr)
        t = e.x.type if not e.x.type.is_untyped() else e.type
        fn = arith.binop(op, t)
        return lambda fr: fn(x(fr), y(fr))

    def equality(self, e: ir.Binary) -> Fn:
        neg = e.op == "!="
        for a, b in ((e.x, e.y), (e.y, e.x)):
            if isinstance(b, ir.Nil):
                x = self.expr(a)
                if a.type.is_slice():
                    f = lambda fr: x(fr).arr is None  # noqa: E731
                else:
                    f = lambda fr: x(fr) is None  # noqa: E731
                return (lambda fr: not f(fr)) if neg else f
        t = e.x.type if not e.x.type.is_untyped() else e.y.type
        x, y = self.expr(e.x), self.expr(e.y)
        if is_aggregate(t):
            x, y = self.hoist(x), self.hoist(y)
        eq = equal_fn(t)
        if neg:
            return lambda fr: not eq(x(fr), y(fr))
        return lambda fr: eq(x(fr), y(fr))

    def x_AddStr(self, e: ir.AddStr) -> Fn:
        ops = [self.expr(o) for o in e.operands]
        hook = self.m.alloc_hook(e, self.fn)
        if len(ops) == 2 and hook is None:
            a, b = ops
            return lambda fr: a(fr) + b(fr)

        def concat(fr: Frame) -> bytes:
            s = b"".join([o(fr) for o in ops])
            if hook is not None:
                hook(fr, s)
            return s
        return concat

    # ------------------------------------------------------------ memory
    def addressable(self, e: ir.Expr) -> bool:
        if isinstance(e, (ir.Name, ir.GlobalName, ir.Deref)):
            return True
        if isinstance(e, ir.Dot):
            return e.ptr or self.addressable(e.x)
        if isinstance(e, ir.Index):
            if e.kind is ir.IndexKind.SLICE:
                return True
            if e.kind is ir.IndexKind.ARRAY:
                return self.addressable(e.x)
        return False

    def addr(self, e: ir.Expr) -> Addr:
        """Where the addressable ``e`` lives: (container, slot offset)."""
        init = [self.stmt(s, step=False) for s in e.init] if e.init else None
        if init and self.prelude is not None:
            self.prelude.extend(init)
            init = None
        f = self._addr(e)
        if init:
            def with_init(fr: Frame) -> tuple[list, int]:
                for s in init:
                    s(fr)
                return f(fr)
            return with_init
        return f

    def _addr(self, e: ir.Expr) -> Addr:
        if isinstance(e, ir.Name):
            cell = self.cell_of(e.var)
            return lambda fr: (cell(fr), 0)
        if isinstance(e, ir.GlobalName):
            gcell = self.m.global_cell(e.glob)
            return lambda fr: (gcell, 0)
        if isinstance(e, ir.Deref):
            p = self.expr(e.x)

            def deref(fr: Frame) -> tuple[list, int]:
                v = p(fr)
                if v is None:
                    raise nil_deref()
                return v.c, v.o
            return deref
        if isinstance(e, ir.Dot):
            off = field_offsets(struct_of(e.x.type.under.elem if e.ptr else e.x.type))[e.field]  # type: ignore
            if e.ptr:
                p = self.expr(e.x)

                def dot_ptr(fr: Frame) -> tuple[list, int]:
                    v = p(fr)
                    if v is None:
                        raise nil_deref()
                    return v.c, v.o + off
                return dot_ptr
            base = self.addr(e.x)
            if off == 0:
                return base

            def dot(fr: Frame) -> tuple[list, int]:
                c, o = base(fr)
                return c, o + off
            return dot
        if isinstance(e, ir.Index):
            i = self.expr(e.index)
            w = width(e.type)
            if e.kind is ir.IndexKind.SLICE:
                s = self.expr(e.x)

                def sidx(fr: Frame) -> tuple[list, int]:
                    sv = s(fr)
                    k = i(fr)
                    if not 0 <= k < sv.len:
                        raise index_out_of_range(k, sv.len)
                    return sv.arr, sv.off + k * w
                return sidx
            n = e.x.type.under.length  # type: ignore[attr-defined]
            base = self.addr(e.x)

            def aidx(fr: Frame) -> tuple[list, int]:
                c, o = base(fr)
                k = i(fr)
                if not 0 <= k < n:
                    raise index_out_of_range(k, n)
                return c, o + k * w
            return aidx
        raise self.cannot(e.pos, f"address of {type(e).__name__}")

    def load(self, t: T.Type, a: Addr) -> Fn:
        if is_aggregate(t):
            w = width(t)

            def load_agg(fr: Frame) -> list:
                c, o = a(fr)
                return c[o:o + w]
            return load_agg

        def load1(fr: Frame) -> Any:
            c, o = a(fr)
            return c[o]
        return load1

    def store_fn(self, t: T.Type) -> Callable[[list, int, Any], None]:
        if is_aggregate(t):
            w = width(t)

            def store_agg(c: list, o: int, v: list) -> None:
                c[o:o + w] = v
            return store_agg

        def store1(c: list, o: int, v: Any) -> None:
            c[o] = v
        return store1

    def x_Addr(self, e: ir.Addr) -> Fn:
        a = self.addr(e.x)
        hook = self.m.alloc_hook(e, self.fn) if isinstance(e.x, ir.Name) and e.init else None

        def address(fr: Frame) -> Ptr:
            c, o = a(fr)
            p = Ptr(c, o)
            if hook is not None:
                hook(fr, p)
            return p
        return address

    def x_Deref(self, e: ir.Deref) -> Fn:
        return self.load(e.type, self.addr(e))

    def x_Dot(self, e: ir.Dot) -> Fn:
        if e.ptr or self.addressable(e.x):
            return self.load(e.type, self.addr(e))
        x = self.expr(e.x)
        off = field_offsets(struct_of(e.x.type))[e.field]
        if is_aggregate(e.type):
            w = width(e.type)
            return lambda fr: x(fr)[off:off + w]
        return lambda fr: x(fr)[off]

    def x_Index(self, e: ir.Index) -> Fn:
        k = e.kind
        if k is ir.IndexKind.MAP:
            return self.map_index(e)
        if k is ir.IndexKind.STRING:
            x, i = self.expr(e.x), self.expr(e.index)

            def sindex(fr: Frame) -> int:
                s = x(fr)
                j = i(fr)
                if not 0 <= j < len(s):
                    raise index_out_of_range(j, len(s))
                return s[j]
            return sindex
        if self.addressable(e):
            return self.load(e.type, self.addr(e))
        # an element of an array value (a call's result, a literal)
        x, i = self.expr(e.x), self.expr(e.index)
        n = e.x.type.under.length  # type: ignore[attr-defined]
        w = width(e.type)
        agg = is_aggregate(e.type)

        def vindex(fr: Frame) -> Any:
            arr = x(fr)
            j = i(fr)
            if not 0 <= j < n:
                raise index_out_of_range(j, n)
            return arr[j * w:j * w + w] if agg else arr[j * w]
        return vindex

    def map_index(self, e: ir.Index) -> Fn:
        from .rtypes import hash_key
        mt = e.x.type.under
        assert isinstance(mt, T.Map)
        kt, vt = mt.key, mt.elem
        x, k = self.expr(e.x), self.expr(e.index)
        from .values import zero
        agg = is_aggregate(vt)

        def mindex(fr: Frame) -> Any:
            mv = x(fr)
            key = k(fr)
            hk = hash_key(kt, key)
            if mv is None:
                return zero(vt)
            ent = mv.d.get(hk)
            if ent is None:
                return zero(vt)
            return ent[1][:] if agg else ent[1]
        return mindex

    def x_SliceExpr(self, e: ir.SliceExpr) -> Fn:
        x = self.expr(e.x)
        lo = self.expr(e.lo) if e.lo is not None else None
        hi = self.expr(e.hi) if e.hi is not None else None
        mx = self.expr(e.max) if e.max is not None else None
        if e.string:
            def sstr(fr: Frame) -> bytes:
                s = x(fr)
                a = lo(fr) if lo is not None else None
                b = hi(fr) if hi is not None else None
                n = len(s)
                p = slice_bounds(a, b, None, n, n, False)
                if p is not None:
                    raise p
                return s[a or 0:n if b is None else b]
            return self.hoist(sstr)
        xt = e.x.type.under
        w = width(e.type.under.elem)  # type: ignore[attr-defined]
        if isinstance(xt, T.Pointer):
            n = xt.elem.under.length  # type: ignore[attr-defined]

            def sarr(fr: Frame) -> Slice:
                p = x(fr)
                a = lo(fr) if lo is not None else None
                b = hi(fr) if hi is not None else None
                c = mx(fr) if mx is not None else None
                if p is None:
                    if n == 0 and not a and not b and not c:
                        return NIL_SLICE
                    raise nil_deref()
                bad = slice_bounds(a, b, c, n, n, False)
                if bad is not None:
                    raise bad
                a = a or 0
                b = n if b is None else b
                c = n if c is None else c
                return Slice(p.c, p.o + a * w, b - a, c - a)
            return self.hoist(sarr)

        def sslice(fr: Frame) -> Slice:
            s = x(fr)
            a = lo(fr) if lo is not None else None
            b = hi(fr) if hi is not None else None
            c = mx(fr) if mx is not None else None
            bad = slice_bounds(a, b, c, s.len, s.cap, True)
            if bad is not None:
                raise bad
            a = a or 0
            b = s.len if b is None else b
            c = s.cap if c is None else c
            if s.arr is None:
                return NIL_SLICE
            return Slice(s.arr, s.off + a * w, b - a, c - a)
        return self.hoist(sslice)

    # ------------------------------------------------------------ literals
    def x_CompLit(self, e: ir.CompLit) -> Fn:
        t = e.type
        u = t.under
        hook = self.m.alloc_hook(e, self.fn) if e.kind in ("slice", "map") else None
        if e.kind == "struct":
            st = struct_of(t)
            offs = {}
            off = 0
            for f in st.fields:
                offs.setdefault(f.name, (off, width(f.type), is_aggregate(f.type)))
                off += width(f.type)
            vals = [self.expr(v) for _, v in e.elems]
            names = e.fields or [f.name for f in st.fields][:len(vals)]
            layout = [offs[n] for n in names]
            from .values import flat_zero
            if names == [f.name for f in st.fields] and all(not agg for _, _, agg in layout):
                return lambda fr: [v(fr) for v in vals]

            def slit(fr: Frame) -> list:
                out = flat_zero(t)
                for (o, w, agg), v in zip(layout, vals):
                    if agg:
                        out[o:o + w] = v(fr)
                    else:
                        out[o] = v(fr)
                return out
            return slit
        if e.kind == "map":
            return self.map_literal(e, hook)
        assert isinstance(u, (T.Array, T.Slice))
        et = u.elem
        w = width(et)
        agg = is_aggregate(et)
        items: list[tuple[int, Fn]] = []
        idx = 0
        for k, v in e.elems:
            if k is not None:
                kv = k
                assert isinstance(kv, ir.Const)
                idx = int(kv.value)
            items.append((idx, self.expr(v)))
            idx += 1
        n = u.length if isinstance(u, T.Array) else max((i + 1 for i, _ in items), default=0)
        from .values import zero as zero_of
        z = zero_of(et)

        def backing(fr: Frame) -> list:
            out = (z * n) if agg else [z] * n
            for i, v in items:
                if agg:
                    out[i * w:i * w + w] = v(fr)
                else:
                    out[i * w] = v(fr)
            return out
        if isinstance(u, T.Array):
            return backing

        def slit2(fr: Frame) -> Slice:
            arr = backing(fr)
            s = Slice(arr, 0, n, n)
            if hook is not None:
                hook(fr, s)
            return s
        return slit2

    def map_literal(self, e: ir.CompLit, hook: Any) -> Fn:
        from .rtypes import hash_key
        from .values import Map
        mt = e.type.under
        assert isinstance(mt, T.Map)
        kt = mt.key
        pairs = [(self.expr(k), self.expr(v)) for k, v in e.elems]  # type: ignore[arg-type]

        def mlit(fr: Frame) -> Map:
            mv = Map(mt)
            d = mv.d
            for kf, vf in pairs:
                key = kf(fr)
                val = vf(fr)
                hk = hash_key(kt, key)
                ent = d.get(hk)
                if ent is None:
                    d[hk] = [key, val]
                else:
                    ent[1] = val
            if hook is not None:
                hook(fr, mv)
            return mv
        return mlit

    def x_PtrLit(self, e: ir.PtrLit) -> Fn:
        lit = self.expr(e.lit)
        t = e.lit.type
        agg = is_aggregate(t)
        hook = self.m.alloc_hook(e, self.fn)
        zerobase = self.m.zerobase if agg and t.size() == 0 and self.m.placement.heap(e) else None

        def ptrlit(fr: Frame) -> Ptr:
            v = lit(fr)
            p = Ptr(v if agg else [v], 0) if zerobase is None else Ptr(zerobase, 0)
            if hook is not None:
                hook(fr, p)
            return p
        return ptrlit

    def x_MethodValue(self, e: ir.MethodValue) -> Fn:
        x = self.expr(e.x)
        hook = self.m.alloc_hook(e, self.fn)
        if e.func is not None:
            code = self.m.callable_of(e.func)

            def bound(fr: Frame) -> Func:
                recv = x(fr)
                fv = Func(code=code, recv=[recv])
                if hook is not None:
                    hook(fr, fv)
                return fv
            return bound
        name = e.text.rsplit(".", 1)[-1]
        m = self.m

        def iface_bound(fr: Frame) -> Func:
            iv = x(fr)
            if iv is None:
                raise nil_deref()
            fv = Func(native=lambda mm, args, iv=iv: m.call_method(iv, name, args), name=name)
            if hook is not None:
                hook(fr, fv)
            return fv
        return iface_bound

    def x_Recv(self, e: ir.Recv) -> Fn:
        marker = self.select_recv.get(id(e))
        if marker is not None:
            return lambda fr: fr.g.sel_val
        ch = self.expr(e.ch)
        chans = self.m.chans
        return self.hoist(lambda fr: chans.recv(ch(fr))[0])

    def x_TypeAssert(self, e: ir.TypeAssert) -> Fn:
        check = self.assertion(e.x.type, e.type)
        x = self.expr(e.x)
        return self.hoist(lambda fr: check(fr)(x(fr), True)[0])

    def assertion(self, src: T.Type, target: T.Type) -> Callable[[Frame], Any]:
        """The checker of ``x.(target)``, per frame when generic code asserts to a type parameter."""
        from .generics import has_shape, subst
        if not has_shape(target) and not has_shape(src):
            check = self.m.assertion(src, target)
            return lambda fr: check
        m = self.m
        return lambda fr: m.assertion(subst(src, fr.tdict), subst(target, fr.tdict))


def _after(init: list[Fn], f: Fn) -> Fn:
    def run(fr: Frame) -> Any:
        for s in init:
            s(fr)
        return f(fr)
    return run


__all__ = ["ExprCompiler", "Iface"]
