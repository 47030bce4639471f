"""The built-in ``print``/``println`` format, and how a panic value is printed.

Both are the runtime's own printers (runtime/print.go, runtime/error.go):
numbers as strconv formats them, pointers and other references as hex
addresses, slices as ``[len/cap]address``, interfaces as ``(type,data)``.
"""

from __future__ import annotations

from typing import Any, Callable

from ..analysis.types import model as T
from .ftoa import format_complex, format_float
from .values import Iface, Slice

ADDRESS_BASE = 0xC000010000


def fake_address(obj: Any) -> int:
    """A stable, plausible address for an object (Go's heap starts near 0xc000000000)."""
    return ADDRESS_BASE + (id(obj) % 0x0FFFFFF0) * 8


def container_address(m: Any) -> Callable[[Any], int]:
    """Where the program's output says a container lives: where the diagram draws it when the
    run is traced (the tracer's registry: static data low, the heap from 0xc000010000), else a
    stable made-up heap address."""
    tracer = getattr(m, "tracer", None)
    if tracer is None:
        return fake_address
    reg = tracer.registry

    def address(obj: Any) -> int:
        info = reg.get(obj)
        return info.addr if info is not None else fake_address(obj)
    return address


def print_value(v: Any, t: T.Type, addr: Callable[[Any], int] = fake_address) -> bytes:
    u = t.under
    if isinstance(u, T.Basic):
        info = u.info
        if info is T.BasicInfo.STRING:
            return v
        if info is T.BasicInfo.BOOL:
            return b"true" if v else b"false"
        if info in (T.BasicInfo.INT, T.BasicInfo.UINT):
            return str(v).encode()
        if info is T.BasicInfo.FLOAT:
            return format_float(v, "g", -1, 32 if u.name == "float32" else 64).encode()
        if info is T.BasicInfo.COMPLEX:
            return format_complex(v, "g", -1, 64 if u.name == "complex64" else 128).encode()
        if info is T.BasicInfo.NIL:
            return b"nil"
        return hex_addr(v, addr)
    if isinstance(u, T.Slice):
        at = 0 if v.arr is None else addr(v.arr) + v.off * 8
        return f"[{v.len}/{v.cap}]0x{at:x}".encode()
    if isinstance(u, T.Interface):
        if v is None:
            return b"(0x0,0x0)"
        return f"(0x{fake_address(v.t):x},0x{addr(v):x})".encode()
    return hex_addr(v, addr)


def hex_addr(v: Any, addr: Callable[[Any], int] = fake_address) -> bytes:
    if v is None:
        return b"0x0"
    if hasattr(v, "c"):
        return f"0x{addr(v.c) + v.o * 8:x}".encode()
    return f"0x{addr(v):x}".encode()


def print_indented(s: bytes) -> bytes:
    """A string panic value: every newline is followed by a tab."""
    return s.replace(b"\n", b"\n\t")


def panic_value_text(v: Any, type_name: Any) -> bytes:
    """``printpanicval`` for a value that is neither an error nor a Stringer."""
    if v is None:
        return b"nil"
    assert isinstance(v, Iface)
    t = v.t
    u = t.under
    if isinstance(t, T.Basic):
        if u.info is T.BasicInfo.STRING:  # type: ignore[attr-defined]
            return print_indented(v.v)
        return print_value(v.v, t)
    if isinstance(u, T.Basic) and u.info is not T.BasicInfo.UNSAFE_POINTER:
        name = type_name(t).encode()
        if u.info is T.BasicInfo.STRING:
            return name + b'("' + print_indented(v.v) + b'")'
        if u.info is T.BasicInfo.COMPLEX:
            return name + print_value(v.v, u)
        return name + b"(" + print_value(v.v, u) + b")"
    return b"(" + type_name(t).encode() + b") " + hex_addr(v)


__all__ = ["print_value", "panic_value_text", "Slice"]
