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
from .values import Ptr, Slice

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
        fast = _fast(t, v)
        if fast is not None:
            return fast
        from .lib.fmtcore import Printer
        p = Printer(self.reg.m)
        p.methods = False
        p.address_of = self.address
        p.plus_v = True
        try:
            p.print_value(t, v, "v", 0, False)
        except CannotRun as exc:
            return f"({exc.what})"
        text = p.buf.decode("utf-8", "replace")
        if len(text) > MAX_TEXT:
            text = text[:MAX_TEXT - 1] + "…"
        return text


def _fast(t: T.Type, v: Any) -> str | None:
    """The common scalars, without a printer."""
    u = t.under
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
