"""Package sort, on Go's own algorithms (``pdqsort``): equal elements end where Go leaves them."""

from __future__ import annotations

import math
from typing import Any

from ...analysis.types import model as T
from ..errors import CannotRun
from ..values import Iface, Ptr, Slice, is_aggregate, width
from . import pdqsort
from .gotypes import sig, synthetic


def _less_value(t: T.Type) -> Any:
    u = t.under
    if isinstance(u, T.Basic) and u.info is T.BasicInfo.FLOAT:
        return lambda x, y: (math.isnan(x) and not math.isnan(y)) or x < y
    return lambda x, y: x < y


def slice_ops(s: Slice, et: T.Type) -> tuple[Any, Any]:
    """(get(i), swap(i, j)) over a slice's elements in memory."""
    arr, off = s.arr, s.off
    w = width(et)
    if is_aggregate(et):
        def get(i: int) -> Any:
            return arr[off + i * w:off + i * w + w]

        def swap(i: int, j: int) -> None:
            a, b = off + i * w, off + j * w
            arr[a:a + w], arr[b:b + w] = arr[b:b + w], arr[a:a + w]
        return get, swap

    def get1(i: int) -> Any:
        return arr[off + i]

    def swap1(i: int, j: int) -> None:
        a, b = off + i, off + j
        arr[a], arr[b] = arr[b], arr[a]
    return get1, swap1


def sort_values(s: Slice, et: T.Type, stable: bool = False) -> None:
    if s.len < 2:
        return
    get, swap = slice_ops(s, et)
    lt = _less_value(et)

    def less(i: int, j: int) -> bool:
        return lt(get(i), get(j))
    (pdqsort.stable if stable else pdqsort.sort)(less, swap, s.len)


def _slice_of(x: Any) -> tuple[Slice, T.Type]:
    if not isinstance(x, Iface) or not isinstance(x.t.under, T.Slice):
        raise CannotRun(None, "sort.Slice of something that is not a slice")
    return x.v, x.t.under.elem


def _sort_slice(m: Any, a: list, stable: bool = False) -> None:
    s, et = _slice_of(a[0])
    f = a[1]
    if s.len < 2:
        return
    _, swap = slice_ops(s, et)
    g = m.sched.current

    def less(i: int, j: int) -> bool:
        return bool(m.call_value(f, [i, j], g))
    (pdqsort.stable if stable else pdqsort.sort)(less, swap, s.len)


def _iface_ops(m: Any, data: Iface) -> tuple[int, Any, Any]:
    n = m.call_method(data, "Len", [])
    return (n, lambda i, j: bool(m.call_method(data, "Less", [i, j])),
            lambda i, j: m.call_method(data, "Swap", [i, j]))


def _sort(m: Any, a: list, stable: bool = False) -> None:
    n, less, swap = _iface_ops(m, a[0])
    (pdqsort.stable if stable else pdqsort.sort)(less, swap, n)


def _is_sorted(m: Any, a: list) -> bool:
    n, less, _ = _iface_ops(m, a[0])
    return all(not less(i, i - 1) for i in range(n - 1, 0, -1))


def _values_sorted(s: Slice, et: T.Type) -> bool:
    get, _ = slice_ops(s, et)
    lt = _less_value(et)
    return all(not lt(get(i), get(i - 1)) for i in range(s.len - 1, 0, -1))


def search(n: int, pred: Any) -> int:
    i, j = 0, n
    while i < j:
        h = (i + j) >> 1
        if not pred(h):
            i = h + 1
        else:
            j = h
    return i


def _search(m: Any, a: list) -> int:
    g = m.sched.current
    return search(a[0], lambda h: bool(m.call_value(a[1], [h], g)))


def _search_values(s: Slice, x: Any) -> int:
    get = (lambda i: s.arr[s.off + i])
    return search(s.len, lambda h: get(h) >= x)


REVERSE = synthetic("sort", "reverse", T.Struct([T.Field("Interface", T.ANY_TYPE, embedded=True)]),
                    {"Len": (sig([], [T.INT]), True), "Less": (sig([T.INT, T.INT], [T.BOOL]), True),
                     "Swap": (sig([T.INT, T.INT], []), True)})


def _reverse(m: Any, a: list) -> Iface:
    return Iface(T.Pointer(REVERSE), Ptr([a[0]], 0))


def _named_slice(kind: T.Type) -> dict[str, Any]:
    """Len/Less/Swap/Sort of sort.IntSlice, StringSlice and Float64Slice (receiver: the slice)."""
    name = {"int": "IntSlice", "string": "StringSlice", "float64": "Float64Slice"}[kind.name]  # type: ignore
    lt = _less_value(kind)

    def less(m: Any, a: list) -> bool:
        s = a[0]
        return lt(s.arr[s.off + a[1]], s.arr[s.off + a[2]])

    def swap(m: Any, a: list) -> None:
        s = a[0]
        i, j = s.off + a[1], s.off + a[2]
        s.arr[i], s.arr[j] = s.arr[j], s.arr[i]
    return {f"sort.{name}.Len": lambda m, a: a[0].len, f"sort.{name}.Less": less,
            f"sort.{name}.Swap": swap, f"sort.{name}.Sort": lambda m, a: sort_values(a[0], kind),
            f"sort.{name}.Search": lambda m, a: _search_values(a[0], a[1])}


NATIVES = {
    "sort.Ints": lambda m, a: sort_values(a[0], T.INT),
    "sort.Strings": lambda m, a: sort_values(a[0], T.STRING),
    "sort.Float64s": lambda m, a: sort_values(a[0], T.FLOAT64),
    "sort.IntsAreSorted": lambda m, a: _values_sorted(a[0], T.INT),
    "sort.StringsAreSorted": lambda m, a: _values_sorted(a[0], T.STRING),
    "sort.Float64sAreSorted": lambda m, a: _values_sorted(a[0], T.FLOAT64),
    "sort.Slice": _sort_slice,
    "sort.SliceStable": lambda m, a: _sort_slice(m, a, stable=True),
    "sort.SliceIsSorted": lambda m, a: (lambda s, f: all(
        not m.call_value(f, [i, i - 1], m.sched.current) for i in range(s.len - 1, 0, -1)))(
        _slice_of(a[0])[0], a[1]),
    "sort.Sort": _sort,
    "sort.Stable": lambda m, a: _sort(m, a, stable=True),
    "sort.IsSorted": _is_sorted,
    "sort.Search": _search,
    "sort.SearchInts": lambda m, a: _search_values(a[0], a[1]),
    "sort.SearchStrings": lambda m, a: _search_values(a[0], a[1]),
    "sort.SearchFloat64s": lambda m, a: _search_values(a[0], a[1]),
    "sort.Reverse": _reverse,
    "sort.(*reverse).Len": lambda m, a: m.call_method(a[0].c[a[0].o], "Len", []),
    "sort.(*reverse).Less": lambda m, a: m.call_method(a[0].c[a[0].o], "Less", [a[2], a[1]]),
    "sort.(*reverse).Swap": lambda m, a: m.call_method(a[0].c[a[0].o], "Swap", [a[1], a[2]]),
}
for _k in (T.INT, T.STRING, T.FLOAT64):
    NATIVES.update(_named_slice(_k))
