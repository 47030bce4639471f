"""Backing arrays as gc and the runtime make them: ``append``, ``make``, stack buffers.

Capacities are observable (``cap(s)``), so the interpreter reproduces
every rule that decides them:

- ``append`` that must grow calls ``growslice``: double up to 256
  elements, then grow by a quarter plus 192, and round the bytes up to the
  allocator's size class (runtime/slice.go).
- An append whose result does not escape may use a stack buffer of
  ``32 / elemsize`` elements (ssagen's ``append``): the first append site of
  a slice in a function, once per call, when the slice is empty and the new
  length fits.
- gc's ``slice`` pass (cmd/compile/internal/slice) lets appends to a slice
  that only escapes by being returned or assigned once use that buffer too,
  moving it to the heap (``move2heap``) just before; it is reproduced by
  ``slice_pass`` below, over our IR.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .frames import Frame
from .panics import rpanic
from .values import NIL_SLICE, Slice, check_slots, is_aggregate, width, zero

STACK_BUF = 32
"""``base.Debug.VariableMakeThreshold``: bytes of stack a variable-sized allocation may use."""


def nextslicecap(newlen: int, oldcap: int) -> int:
    doublecap = oldcap + oldcap
    if newlen > doublecap:
        return newlen
    if oldcap < 256:
        return doublecap
    newcap = oldcap
    while True:
        newcap += (newcap + 3 * 256) >> 2
        if newcap >= newlen:
            return newcap


def elem_zero_list(et: T.Type, n: int) -> list:
    check_slots(n * width(et), "an array")
    if is_aggregate(et):
        return zero(et) * n
    return [zero(et)] * n


@dataclass
class AppendPlan:
    """How one append site grows its slice."""

    mode: str = "heap"        # heap: growslice; store: first-append stack store; buf: growsliceBuf
    key: Any = None           # what the store is keyed by (the slice variable, or the node)
    k: int = 0                # elements in the stack buffer


@dataclass
class SliceInfo:
    """What gc's ``slice`` pass decided for one function."""

    use_buf: dict[int, bool] = field(default_factory=dict)     # id(append) -> capacity used
    moves: dict[int, tuple[ir.Var, bool]] = field(default_factory=dict)
    """id(stmt) -> (slice variable moved to the heap before it, preserve capacity)."""


class BackingStores:
    """``append`` and ``make`` for the compiler (mixed into the call compiler)."""

    m: Any
    fn: ir.Func

    def append_plan(self, e: ir.Builtin, inplace: bool) -> AppendPlan:
        if e.ddd:
            return AppendPlan()
        et = e.type.under.elem  # type: ignore[attr-defined]
        size = et.size()
        if size == 0 or size > STACK_BUF:
            return AppendPlan()
        key: Any = e.args[0].var if isinstance(e.args[0], ir.Name) else e
        k = STACK_BUF // size
        info = self.m.slice_info(self.fn)
        if id(e) in info.use_buf:
            return AppendPlan("buf" if info.use_buf[id(e)] else "store", key, k)
        heap = self.m.placement.heap(e)
        if heap is None:
            return AppendPlan("unknown", key, k)
        if heap or inplace:
            return AppendPlan()
        return AppendPlan("store", key, k)

    def append_fn(self, e: ir.Builtin, s_fn: Any, vals: list[Any], ddd_fn: Any, plan: AppendPlan,
                  first_store: bool) -> Any:
        st = e.type.under
        assert isinstance(st, T.Slice)
        et = st.elem
        w = width(et)
        agg = is_aggregate(et)
        es = et.size()
        noscan = not et.has_pointers()
        roundup = self.m.sizes.roundupsize
        hook = self.m.alloc_hook(e, self.fn)
        mode = plan.mode
        key, k = plan.key, plan.k
        pos = e.pos
        cannot = self.cannot

        def grow(fr: Frame, s: Slice, newlen: int) -> Slice:
            oldlen = s.len
            if mode == "store" and first_store and newlen <= k and oldlen == 0:
                stores = fr.stores if fr.stores is not None else {}
                fr.stores = stores
                if not stores.get(("used", key)):
                    stores[("used", key)] = True
                    arr = elem_zero_list(et, k)
                    stores.setdefault("stack", []).append(arr)
                    if hook is not None:
                        hook(fr, Slice(arr, 0, k, k), True)
                    return Slice(arr, 0, newlen, k)
            if mode == "buf" and newlen <= k:
                stores = fr.stores if fr.stores is not None else {}
                fr.stores = stores
                buf = stores.get(("buf", key))
                if buf is None:
                    buf = elem_zero_list(et, k)
                    stores[("buf", key)] = buf
                    stores.setdefault("stack", []).append(buf)
                    if hook is not None:
                        hook(fr, Slice(buf, 0, k, k), True)
                if s.arr is not buf and oldlen:
                    buf[0:oldlen * w] = s.arr[s.off:s.off + oldlen * w]
                cap = roundup(newlen * es, noscan) // es
                if newlen < cap:
                    buf[newlen * w:cap * w] = elem_zero_list(et, cap - newlen)
                return Slice(buf, 0, newlen, cap)
            if mode == "unknown":
                raise cannot(pos, "append in a function the escape analysis left out "
                             "(its capacity depends on the verdict)")
            newcap = nextslicecap(newlen, s.cap)
            if es == 0:
                return Slice([], 0, newlen, newlen)
            newcap = roundup(newcap * es, noscan) // es
            arr = elem_zero_list(et, newcap)
            if oldlen:
                arr[0:oldlen * w] = s.arr[s.off:s.off + oldlen * w]
            out = Slice(arr, 0, newlen, newcap)
            if hook is not None:
                hook(fr, out)
            return out

        if ddd_fn is not None:
            def append_ddd(fr: Frame) -> Slice:
                s = s_fn(fr)
                src = ddd_fn(fr)
                if isinstance(src, bytes):
                    items = list(src)
                elif src.arr is None:
                    items = []
                else:
                    items = src.arr[src.off:src.off + src.len * w]
                n = len(items) // w if w else src.len
                if n == 0:
                    return s
                newlen = s.len + n
                if newlen > s.cap:
                    s = grow(fr, s, newlen)
                    arr, base = s.arr, s.off + (newlen - n) * w
                    arr[base:base + n * w] = items
                    return s
                arr = s.arr
                base = s.off + s.len * w
                arr[base:base + n * w] = items
                return Slice(arr, s.off, newlen, s.cap)
            return append_ddd

        nv = len(vals)

        def append(fr: Frame) -> Slice:
            s = s_fn(fr)
            xs = [v(fr) for v in vals]
            if nv == 0:
                return s
            oldlen = s.len
            newlen = oldlen + nv
            if newlen > s.cap:
                s = grow(fr, s, newlen)
                arr, off, cap = s.arr, s.off, s.cap
            else:
                arr, off, cap = s.arr, s.off, s.cap
            base = off + oldlen * w
            if agg:
                for x in xs:
                    arr[base:base + w] = x
                    base += w
            elif w:
                for x in xs:
                    arr[base] = x
                    base += 1
            return Slice(arr, off, newlen, cap)
        return append

    # ------------------------------------------------------------ make
    def make_fn(self, e: ir.Builtin, args: list[Any]) -> Any:
        t = e.type
        u = t.under
        hook = self.m.alloc_hook(e, self.fn)
        if isinstance(u, T.Slice):
            et = u.elem
            ln = args[0]
            cp = args[1] if len(args) > 1 else None

            def make_slice(fr: Frame) -> Slice:
                n = ln(fr)
                c = cp(fr) if cp is not None else n
                if n < 0:
                    raise rpanic("makeslice: len out of range")
                if c < n:
                    raise rpanic("makeslice: cap out of range")
                s = Slice(elem_zero_list(et, c), 0, n, c)
                if hook is not None:
                    hook(fr, s)
                return s
            return make_slice
        if isinstance(u, T.Map):
            from .values import Map
            hint = args[0] if args else None

            def make_map(fr: Frame) -> Map:
                if hint is not None and hint(fr) < 0:
                    raise rpanic("makemap: size out of range")
                mv = Map(u)
                if hook is not None:
                    hook(fr, mv)
                return mv
            return make_map
        if isinstance(u, T.Chan):
            size = args[0] if args else None
            chans = self.m.chans
            et = u.elem

            def make_chan(fr: Frame) -> Any:
                n = size(fr) if size is not None else 0
                if n < 0:
                    raise rpanic("makechan: size out of range")
                ch = chans.make(n, lambda: zero(et), et)
                if hook is not None:
                    hook(fr, ch)
                return ch
            return make_chan
        raise self.cannot(e.pos, f"make of {T.type_string(t)}")

    def cannot(self, pos: Any, what: str) -> Any:
        raise NotImplementedError


def move_to_heap(fr: Frame, s: Slice, preserve_cap: bool, et: T.Type, roundup: Any) -> Slice:
    """``move2heap``: a slice whose backing array is one of this frame's stack buffers is copied out."""
    stores = fr.stores
    if not stores or s.arr is None or not any(s.arr is a for a in stores.get("stack", [])):
        return s
    w = width(et)
    es = et.size()
    if preserve_cap:
        if s.cap == 0:
            return Slice([], 0, 0, 0)
        arr = s.arr[s.off:s.off + s.cap * w]
        return Slice(list(arr), 0, s.len, s.cap)
    if s.len == 0:
        return Slice([], 0, 0, 0)
    cap = roundup(s.len * es, not et.has_pointers()) // es
    arr = list(s.arr[s.off:s.off + s.len * w]) + elem_zero_list(et, cap - s.len)
    return Slice(arr, 0, s.len, cap)


__all__ = ["BackingStores", "AppendPlan", "SliceInfo", "move_to_heap", "nextslicecap", "NIL_SLICE"]
