"""Package io: EOF, and the helpers that move bytes between readers and writers."""

from __future__ import annotations

from typing import Any

from ...analysis.types import model as T
from ..values import Iface, Slice
from .errors import new_error
from .util import byte_slice, go_bytes


def eof(m: Any) -> Iface:
    """``io.EOF``: one value per run, so ``err == io.EOF`` holds."""
    v = m.lib_state.get("io.EOF")
    if v is None:
        v = m.lib_state["io.EOF"] = new_error(b"EOF")
    return v


def _write_string(m: Any, args: list) -> Any:
    w, s = args
    from .fmt import fwrite
    return fwrite(m, w, s)


def read_all(m: Any, r: Iface) -> tuple[bytes, Any]:
    """Read ``r`` to its end: (bytes, error other than EOF)."""
    out = bytearray()
    while True:
        buf = Slice([0] * 512, 0, 512, 512)
        n, err = m.call_method(r, "Read", [buf])
        out += bytes(buf.arr[:n])
        if err is not None:
            return bytes(out), (None if err is eof(m) else err)
        if n == 0 and len(out) > (1 << 24):
            return bytes(out), None


def _read_all(m: Any, args: list) -> list:
    data, err = read_all(m, args[0])
    return [byte_slice(data), err]


def _copy(m: Any, args: list) -> list:
    dst, src = args
    data, err = read_all(m, src)
    if err is not None:
        return [0, err]
    from .fmt import fwrite
    n, werr = fwrite(m, dst, data)
    return [n, werr]


NATIVES = {
    "var:io.EOF": eof,
    "io.WriteString": _write_string,
    "io.ReadAll": _read_all,
    "io.Copy": _copy,
}

__all__ = ["go_bytes", "T"]
