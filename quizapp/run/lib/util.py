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
