"""The report an uncaught panic prints before the program exits with status 2.

As the runtime's ``printpanics``: every panic of the chain, oldest first
(later ones indented by a tab), an error's ``Error()`` or a Stringer's
``String()`` in place of the value, ``[recovered]`` on one that was
recovered before a deferred call panicked again, and the signal line of a
nil dereference. The goroutine traces that follow in Go are not printed.
"""

from __future__ import annotations

from typing import Any

from .errors import GoPanic, RuntimeErr
from .printing import panic_value_text, print_indented
from .rtypes import find_method, type_name
from .values import Iface


def _text(m: Any, v: Any) -> bytes:
    if isinstance(v, Iface):
        for name in ("Error", "String"):
            sel = find_method(v.t, name)
            if sel is not None and _string_method(sel.method):
                from .rtypes import method_set_has
                if method_set_has(v.t, name):
                    return print_indented(m.call_method(v, name, []))
    return panic_value_text(v, type_name)


def panic_value_line(p: GoPanic) -> str:
    """The panic's value as its report starts it, without calling the program's methods
    (an Error or String method would add steps of its own): ``assignment to entry in nil map``."""
    v = p.value
    if isinstance(v, Iface) and isinstance(v.v, RuntimeErr):
        from .panics import error_text
        return error_text(v.v)
    try:
        return panic_value_text(v, type_name).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - a value the printer does not know: the step still shows
        return "panic"


def _string_method(fn: Any) -> bool:
    sig = fn.sig
    return not sig.params and len(sig.results) == 1 and sig.results[0].type.is_string()


def panic_report(m: Any, g: Any, p: GoPanic) -> bytes:
    chain: list[GoPanic] = []
    q: GoPanic | None = p
    while q is not None:
        chain.append(q)
        q = q.prev
    chain.reverse()
    repanicked = [False] * len(chain)
    for i in range(len(chain) - 1):
        if chain[i].value is chain[i + 1].value and chain[i].value is not None:
            repanicked[i] = True
    texts = [_text(m, c.value) for c in chain]
    out = []
    for i, c in enumerate(chain):
        if i > 0:
            if repanicked[i - 1]:
                continue
            out.append(b"\t")
        line = b"panic: " + texts[i]
        if c.recovered and repanicked[i]:
            line += b" [recovered, repanicked]"
        elif c.recovered:
            line += b" [recovered]"
        out.append(line + b"\n")
    if getattr(p, "segv", False):
        out.append(b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n")
    return b"".join(out)
