"""Calls gc's cost model treats by the callee's name (``hairyVisitor``'s special cases).

User code never declares these functions, but the standard-library bodies
the inliner lowers call them: ``strings.(*Builder).copyCheck`` calls
``abi.NoEscape``, which "doesn't generate code", and the byte-order helpers
are cheap because amd64 merges their loads (issue 42958).
"""

from __future__ import annotations

from enum import Enum

from ..ir import nodes as ir


class Special(Enum):
    CHEAP = "cheap"                 # costs the call node alone, however costly the callee
    CALLER_PC = "caller pc"         # the function cannot be inlined: "call to F"


_ENDIAN = {f"{order}.{op}{bits}" for order in ("littleEndian", "bigEndian")
           for op in ("Uint", "PutUint", "AppendUint") for bits in (16, 32, 64)}
_BYTEORDER = {f"{order}{op}{bits}" for order in ("LE", "BE")
              for op in ("Uint", "PutUint", "AppendUint") for bits in (16, 32, 64)}

CHEAP: dict[str, set[str]] = {
    "internal/abi": {"NoEscape"},
    "encoding/binary": _ENDIAN,
    "internal/byteorder": _BYTEORDER,
    "runtime": {"getg"},            # no call at all: gc's type checker makes it an OGETG node
}
CALLER_PC: dict[str, set[str]] = {"internal/runtime/sys": {"GetCallerPC", "GetCallerSP"}}


def special_call(fn: ir.Func | None) -> Special | None:
    """How gc's cost model treats a call of ``fn`` by name, if it does."""
    if fn is None or not fn.external:
        return None
    path = getattr(fn, "home_path", "")
    name = getattr(fn, "std_key", "")      # F, or T.M whatever the receiver
    if name in CHEAP.get(path, ()) or (path == "internal/abi" and name.startswith("EscapeNonString[")):
        return Special.CHEAP
    if name in CALLER_PC.get(path, ()):
        return Special.CALLER_PC
    return None
