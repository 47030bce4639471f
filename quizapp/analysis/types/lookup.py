"""Looking up fields and methods, through embedded structs.

Selectors are where Go hides most of its implicit work: promoted fields go
through embedded structs, methods get an implicit ``&x`` or ``*p``. The
lookup returns the whole path so the lowering can make each step
explicit, as the compiler's front end does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import model as T


@dataclass
class Selection:
    """The result of looking up ``x.name``: embedded steps, then a field or a method."""

    path: list[T.Field]              # embedded fields walked through, in order
    field: T.Field | None = None
    method: Any = None               # ir.Func of a concrete method
    method_sig: Any = None           # its signature as the caller sees it (generic instances)
    method_ptr_recv: bool = False
    iface_method: T.MethodSig | None = None


def lookup(t: T.Type, name: str) -> Selection | None:
    """Breadth-first search for a field or method named ``name`` in ``t``."""
    level: list[tuple[T.Type, list[T.Field]]] = [(t, [])]
    seen: set[int] = set()
    while level:
        found: list[Selection] = []
        nxt: list[tuple[T.Type, list[T.Field]]] = []
        for typ, path in level:
            base = typ.elem if isinstance(typ, T.Pointer) else typ
            if isinstance(base, T.Named):
                if id(base) in seen:
                    continue
                seen.add(id(base))
                m = base.methods.get(name)
                msig = None
                if getattr(m, "generic_method", False):   # a generic method: instantiated per call
                    found.append(Selection(path, method=m, method_ptr_recv=m.recv_ptr))
                    continue
                if m is not None and not hasattr(m, "dcl"):
                    msig = getattr(m, "real_sig", None)
                    m = m.get()   # a standard-library or generic method, built on first use
                if m is not None:
                    found.append(Selection(path, method=m, method_ptr_recv=m.sig.recv is not None
                                           and isinstance(m.sig.recv.type, T.Pointer),
                                           method_sig=msig))
                    continue
            u = base.under
            if isinstance(u, T.Interface):
                for ms in u.all_methods():
                    if ms.name == name:
                        found.append(Selection(path, iface_method=ms))
                continue
            if isinstance(u, T.Struct):
                for f in u.fields:
                    if f.name == name:
                        found.append(Selection(path, field=f))
                    elif f.embedded:
                        nxt.append((f.type, path + [f]))
        if found:
            return found[0]
        level = nxt
    return None
