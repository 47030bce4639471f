"""Helpers the library modules share: slices of values and bytes."""

from __future__ import annotations

from typing import Any

from ..values import Slice, is_aggregate, width


def items(s: Slice, et: Any) -> list:
    """The elements of a slice as a list of values."""
    if s.arr is None or s.len == 0:
        return []
    w = width(et)
    if is_aggregate(et):
        return [s.arr[s.off + i * w:s.off + i * w + w] for i in range(s.len)]
    return s.arr[s.off:s.off + s.len]


def go_bytes(s: Slice) -> bytes:
    if s.arr is None:
        return b""
    return bytes(s.arr[s.off:s.off + s.len])


def byte_slice(b: bytes, cap: int | None = None) -> Slice:
    n = len(b)
    c = n if cap is None else cap
    return Slice(list(b) + [0] * (c - n), 0, n, c)


def value_slice(vals: list, cap: int | None = None, zero: Any = None) -> Slice:
    n = len(vals)
    c = n if cap is None else cap
    return Slice(list(vals) + [zero] * (c - n), 0, n, c)


def strings_slice(vals: list[bytes]) -> Slice:
    """A []string made with ``make`` (capacity equal to its length)."""
    return Slice(list(vals), 0, len(vals), len(vals))


def append_growing(m: Any, s: Slice, vals: list, et: Any) -> Slice:
    """``append(s, vals...)`` in library code: the backing array grows as growslice grows it."""
    from ..backing import elem_zero_list, nextslicecap
    n = len(vals)
    if n == 0:
        return s
    w = width(et)
    newlen = s.len + n
    if newlen <= s.cap:
        arr, off, cap = s.arr, s.off, s.cap
    else:
        es = et.size()
        cap = nextslicecap(newlen, s.cap)
        cap = m.sizes.roundupsize(cap * es, not et.has_pointers()) // es
        arr = elem_zero_list(et, cap)
        if s.len:
            arr[0:s.len * w] = s.arr[s.off:s.off + s.len * w]
        off = 0
    base = off + s.len * w
    if is_aggregate(et):
        for v in vals:
            arr[base:base + w] = v
            base += w
    else:
        arr[base:base + n] = vals
    return Slice(arr, off, newlen, cap)


_OFFSETS: dict[int, tuple[Any, dict[str, tuple[int, int, bool]]]] = {}


def field_layout(t: Any) -> dict[str, tuple[int, int, bool]]:
    """Field name -> (slot offset, width, aggregate) of a struct type (cached per type)."""
    got = _OFFSETS.get(id(t))
    if got is not None and got[0] is t:
        return got[1]
    out: dict[str, tuple[int, int, bool]] = {}
    off = 0
    for f in t.under.fields:
        w = width(f.type)
        out.setdefault(f.name, (off, w, is_aggregate(f.type)))
        off += w
    if len(_OFFSETS) > 5000:
        _OFFSETS.clear()
    _OFFSETS[id(t)] = (t, out)
    return out


class Fields:
    """The fields of a struct in memory, read and written by name (``p`` points at it)."""

    __slots__ = ("c", "o", "lay")

    def __init__(self, p: Any, t: Any) -> None:
        self.c, self.o, self.lay = p.c, p.o, field_layout(t)

    def __getitem__(self, name: str) -> Any:
        off, w, agg = self.lay[name]
        return self.c[self.o + off:self.o + off + w] if agg else self.c[self.o + off]

    def __setitem__(self, name: str, v: Any) -> None:
        off, w, agg = self.lay[name]
        if agg:
            self.c[self.o + off:self.o + off + w] = v
        else:
            self.c[self.o + off] = v
