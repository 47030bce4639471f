"""Run-time panics: Go's error values and messages, and how an uncaught panic is printed.

A run-time error is a value of one of the runtime's own types
(``runtime.boundsError``, ``runtime.errorString``, ``*runtime.TypeAssertionError``
and ``runtime.plainError`` for the channel and map errors that are not
``runtime.Error``s), so that a program which recovers one can print it,
take its ``%T`` or assert it to ``error`` as it would in Go. The messages
are the runtime's, word for word.
"""

from __future__ import annotations

from typing import Any

from ..analysis.errors import NOPOS
from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .errors import RuntimeErr
from .errors import GoPanic
from .values import Iface

_ERROR_SIG = T.Signature([], [T.Param("", T.STRING)])


def _runtime_type(name: str, underlying: T.Type, ptr: bool = False, runtime_error: bool = True
                  ) -> T.Type:
    named = T.Named(name, underlying=underlying, pkg="runtime")
    recv: T.Type = T.Pointer(named) if ptr else named
    for mname, sig in (("Error", _ERROR_SIG), ("RuntimeError", T.Signature([], []))):
        if mname == "RuntimeError" and not runtime_error:
            continue
        fn = ir.Func(f"runtime.{name}.{mname}", NOPOS, T.Signature(sig.params, sig.results,
                                                                    recv=T.Param("", recv)))
        fn.external = True
        named.methods[mname] = fn
    return recv


BOUNDS_ERROR = _runtime_type("boundsError", T.Struct([]))
ERROR_STRING = _runtime_type("errorString", T.STRING)
PLAIN_ERROR = _runtime_type("plainError", T.STRING, runtime_error=False)
TYPE_ASSERTION_ERROR = _runtime_type("TypeAssertionError", T.Struct([]), ptr=True)
PANIC_NIL_ERROR = _runtime_type("PanicNilError", T.Struct([]), ptr=True)

_TYPES = {"bounds": BOUNDS_ERROR, "runtime.Error": ERROR_STRING, "plain": PLAIN_ERROR,
          "assert": TYPE_ASSERTION_ERROR, "panicnil": PANIC_NIL_ERROR}


def error_value(err: RuntimeErr) -> Iface:
    """The Go interface value a run-time error panics with."""
    return Iface(_TYPES.get(err.kind, ERROR_STRING), err)


def error_text(err: RuntimeErr) -> str:
    """What the error's ``Error()`` returns."""
    if err.kind in ("plain", "panicnil"):
        return err.msg
    if err.kind == "assert":
        return err.msg
    return "runtime error: " + err.msg


def native_error_methods() -> dict[str, Any]:
    """``Error``/``RuntimeError`` of the runtime's error types, for the native registry."""
    def err(m: Any, args: list) -> bytes:
        return error_text(args[0]).encode()

    def rt(m: Any, args: list) -> None:
        return None
    out: dict[str, Any] = {}
    for t in _TYPES.values():
        named = t.elem if isinstance(t, T.Pointer) else t
        assert isinstance(named, T.Named)
        out[f"runtime.{named.name}.Error"] = err
        out[f"runtime.{named.name}.RuntimeError"] = rt
    return out


def rpanic(msg: str, kind: str = "runtime.Error", segv: bool = False) -> GoPanic:
    p = GoPanic(error_value(RuntimeErr(msg, kind)), runtime_error=True)
    p.segv = segv  # type: ignore[attr-defined]
    return p


def nil_deref() -> GoPanic:
    return rpanic("invalid memory address or nil pointer dereference", segv=True)


def index_out_of_range(i: int, n: int) -> GoPanic:
    if i < 0:
        return rpanic(f"index out of range [{i}]", "bounds")
    return rpanic(f"index out of range [{i}] with length {n}", "bounds")


def slice_bounds(lo: int | None, hi: int | None, mx: int | None, length: int, cap: int,
                 is_slice: bool) -> GoPanic | None:
    """The panic for ``x[lo:hi]`` or ``x[lo:hi:mx]`` out of bounds, checked in gc's order
    (from the right); None when in bounds. Strings and arrays report their length, slices
    their capacity."""
    what = "capacity" if is_slice else "length"

    def oob(fmt: str, neg: str, x: int, y: int) -> GoPanic:
        return rpanic(neg.replace("%x", str(x)) if x < 0 else
                      fmt.replace("%x", str(x)).replace("%y", str(y)), "bounds")
    if mx is not None:
        if mx < 0 or mx > cap:
            return oob(f"slice bounds out of range [::%x] with {what} %y",
                       "slice bounds out of range [::%x]", mx, cap)
        j = hi if hi is not None else length
        if hi is not None and (hi < 0 or hi > mx):
            return oob("slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]",
                       hi, mx)
        if lo is not None and (lo < 0 or lo > j):
            return oob("slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]",
                       lo, j)
        return None
    if hi is not None and (hi < 0 or hi > cap):
        return oob(f"slice bounds out of range [:%x] with {what} %y",
                   "slice bounds out of range [:%x]", hi, cap)
    j = hi if hi is not None else length
    if lo is not None and (lo < 0 or lo > j):
        return oob("slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]", lo, j)
    return None


def plain(msg: str) -> GoPanic:
    return rpanic(msg, "plain")
