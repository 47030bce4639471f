"""Values as the diagrams and traces show them: ``%+v``, without running any method.

Pointers print as the addresses the trace's registry gave their targets,
so a pointer and the object it points to agree; a text longer than
``MAX_TEXT`` is cut with an ellipsis.
"""

from __future__ import annotations

from typing import Any

from ..analysis.types import model as T
from .errors import CannotRun
from .registry import Registry
from .values import Ptr, Slice, is_aggregate, width

MAX_TEXT = 2000


class ValueText:
    """Formats values for one snapshot."""

    def __init__(self, reg: Registry) -> None:
        self.reg = reg

    def address(self, v: Any) -> int:
        if v is None:
            return 0
        if isinstance(v, Ptr):
            a = self.reg.address(v.c, v.o)
        elif isinstance(v, Slice):
            a = self.reg.address(v.arr, v.off) if v.arr is not None else 0
        else:
            a = self.reg.address(v)
        return a or 0xC000000000

    def show(self, t: T.Type | None, v: Any) -> str:
        if t is None:
            return "?"
        if isinstance(v, int) and T.type_string(t) == "time.Duration":   # %+v calls its String: 1ms
            from .lib.time import duration_string
            return duration_string(v).decode()
        fast = _fast(t, v)
        if fast is not None:
            return fast
        from .lib.fmtcore import Printer
        p = Printer(self.reg.m)
        p.methods = False
        p.address_of = self.address
        p.plus_v = True
        p.limit = MAX_TEXT
        try:
            p.print_value(t, v, "v", 0, False)
        except CannotRun as exc:
            return f"({exc.what})"
        text = p.buf.decode("utf-8", "replace")
        if len(text) > MAX_TEXT:
            text = text[:MAX_TEXT - 1] + "…"
        return text


def _fast(t: T.Type, v: Any) -> str | None:
    """The common scalars and lists of integers, without a printer."""
    u = t.under
    if isinstance(u, (T.Array, T.Slice)):
        return _int_list(u, v)
    if not isinstance(u, T.Basic):
        return None
    info = u.info
    if info in (T.BasicInfo.INT, T.BasicInfo.UINT):
        return str(v)
    if info is T.BasicInfo.STRING:
        text = v.decode("utf-8", "replace")
        return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"
    if info is T.BasicInfo.BOOL:
        return "true" if v else "false"
    if info is T.BasicInfo.FLOAT:
        from .ftoa import format_float
        return format_float(v, "g", -1, 32 if u.name == "float32" else 64)
    return None


class _NotInts(Exception):
    pass


def _int_list(u: T.Array | T.Slice, v: Any) -> str | None:
    """``[1 2 3]``, ``[[1 2] [3 4]]``: arrays and slices of integers, as ``%v`` prints them,
    without a printer (a big one is cut at ``MAX_TEXT``)."""
    out: list[str] = []
    try:
        _ints(u, v, out, [0])
    except _NotInts:
        return None
    text = "".join(out)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"


def _ints(u: T.Type, v: Any, out: list[str], size: list[int]) -> None:
    if isinstance(u, T.Basic):
        if u.info not in (T.BasicInfo.INT, T.BasicInfo.UINT) or not isinstance(v, int):
            raise _NotInts
        s = str(v)
        out.append(s)
        size[0] += len(s)
        return
    if not isinstance(u, (T.Array, T.Slice)):
        raise _NotInts
    et = u.elem
    eu = et.under
    if not isinstance(eu, (T.Basic, T.Array, T.Slice)):
        raise _NotInts
    w = width(et)
    agg = is_aggregate(et)
    if isinstance(u, T.Slice):
        if not isinstance(v, Slice):
            raise _NotInts
        items = v.arr[v.off:v.off + v.len * w] if v.arr is not None and w else []
        n = v.len
    else:
        items, n = v, u.length
    if isinstance(eu, T.Basic):
        if eu.info not in (T.BasicInfo.INT, T.BasicInfo.UINT):
            raise _NotInts
        k = min(n, max(0, (MAX_TEXT - size[0]) // 2 + 1))   # every element takes 2 bytes or more
        s = "[" + " ".join(map(str, items[:k])) + "]"
        out.append(s)
        size[0] += len(s)
        return
    out.append("[")
    for i in range(n):
        if i:
            if size[0] > MAX_TEXT:
                break
            out.append(" ")
            size[0] += 1
        _ints(eu, items[i * w:i * w + w] if agg else items[i], out, size)
    out.append("]")
    size[0] += 2
