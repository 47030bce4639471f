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
