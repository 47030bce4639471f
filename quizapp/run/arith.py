"""Go's arithmetic on amd64: wrap-around integers, IEEE floats, float32 rounding, complex.

Python integers never overflow and Python floats raise on division by
zero; Go's do neither. Every operator the interpreter compiles comes from
here, specialised for its operand type once, so the hot path is one call.
"""

from __future__ import annotations

import math
import struct
from fractions import Fraction
from typing import Any, Callable

from ..analysis.types import model as T
from .errors import GoPanic

INT_BITS = {"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64, "rune": 32,
            "uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64,
            "byte": 8}


def runtime_panic(msg: str) -> GoPanic:
    from .panics import rpanic
    return rpanic(msg)


def int_info(t: T.Type) -> tuple[int, bool] | None:
    """(bits, signed) for an integer type, None otherwise."""
    u = t.under
    if isinstance(u, T.Basic) and u.info in (T.BasicInfo.INT, T.BasicInfo.UINT) and not u.untyped:
        return INT_BITS[u.name], u.info is T.BasicInfo.INT
    if isinstance(u, T.Basic) and u.untyped and u.info is T.BasicInfo.INT:
        return 64, True
    return None


def wrapper(bits: int, signed: bool) -> Callable[[int], int]:
    mask = (1 << bits) - 1
    if signed:
        half = 1 << (bits - 1)
        full = 1 << bits

        def wrap_s(v: int) -> int:
            v &= mask
            return v - full if v >= half else v
        return wrap_s

    def wrap_u(v: int) -> int:
        return v & mask
    return wrap_u


def is_float32(t: T.Type) -> bool:
    u = t.under
    return isinstance(u, T.Basic) and u.name == "float32"


def is_complex64(t: T.Type) -> bool:
    u = t.under
    return isinstance(u, T.Basic) and u.name == "complex64"


_F32 = struct.Struct("<f")
F32_MAX = 3.4028234663852886e38


def f32(x: float) -> float:
    """Round a float64 to the nearest float32 (ties to even), as CVTSD2SS does."""
    try:
        return _F32.unpack(_F32.pack(x))[0]
    except OverflowError:
        # beyond float32's range: round to the largest finite or to infinity
        ax = abs(x)
        limit = F32_MAX + 2.0 ** 103   # halfway to the next (non-existent) float32
        r = F32_MAX if ax < limit else math.inf
        return math.copysign(r, x)


def f32_exact(v: Fraction | int) -> float:
    """Round an exact value to float32 in one step (no double rounding through float64)."""
    q = Fraction(v)
    if q == 0:
        return 0.0
    neg = q < 0
    a = -q if neg else q
    e = a.numerator.bit_length() - a.denominator.bit_length()
    if Fraction(2) ** e > a:
        e -= 1
    e = max(e, -126)                         # subnormals share the smallest exponent
    scale = Fraction(2) ** (e - 23)
    n = a / scale
    whole = n.numerator // n.denominator
    rest = n - whole
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and whole % 2 == 1):
        whole += 1
    r = float(whole * scale)
    if r > F32_MAX:
        r = math.inf
    return -r if neg else r


def fdiv(x: float, y: float) -> float:
    try:
        return x / y
    except ZeroDivisionError:
        if math.isnan(x) or x == 0:
            return math.nan
        neg = (math.copysign(1.0, x) < 0) != (math.copysign(1.0, y) < 0)
        return -math.inf if neg else math.inf


def _copysign_inf(c: float) -> float:
    return math.copysign(math.inf, c)


def _inf2one(f: float) -> float:
    return math.copysign(1.0 if math.isinf(f) else 0.0, f)


def cdiv(n: complex, m: complex) -> complex:
    """complex128 division as the Go runtime computes it (Smith's algorithm, C99 corrections)."""
    a, b, c, d = n.real, n.imag, m.real, m.imag
    if abs(c) >= abs(d):
        ratio = fdiv(d, c)
        denom = c + ratio * d
        e = fdiv(a + b * ratio, denom)
        f = fdiv(b - a * ratio, denom)
    else:
        ratio = fdiv(c, d)
        denom = d + ratio * c
        e = fdiv(a * ratio + b, denom)
        f = fdiv(b * ratio - a, denom)
    if math.isnan(e) and math.isnan(f):
        fin = math.isfinite
        if m == 0 and (not math.isnan(a) or not math.isnan(b)):
            e = _copysign_inf(c) * a
            f = _copysign_inf(c) * b
        elif (math.isinf(a) or math.isinf(b)) and fin(c) and fin(d):
            a, b = _inf2one(a), _inf2one(b)
            e = math.inf * (a * c + b * d)
            f = math.inf * (b * c - a * d)
        elif (math.isinf(c) or math.isinf(d)) and fin(a) and fin(b):
            c, d = _inf2one(c), _inf2one(d)
            e = 0 * (a * c + b * d)
            f = 0 * (b * c - a * d)
    return complex(e, f)


def cmul(x: complex, y: complex) -> complex:
    a, b, c, d = x.real, x.imag, y.real, y.imag
    return complex(a * c - b * d, a * d + b * c)


def c64(z: complex) -> complex:
    return complex(f32(z.real), f32(z.imag))


# ---------------------------------------------------------------- operators

def _div_by_zero() -> GoPanic:
    return runtime_panic("integer divide by zero")


def int_binop(op: str, bits: int, signed: bool) -> Callable[[int, int], int]:
    w = wrapper(bits, signed)
    if op == "+":
        return lambda x, y: w(x + y)
    if op == "-":
        return lambda x, y: w(x - y)
    if op == "*":
        return lambda x, y: w(x * y)
    if op == "/":
        def div(x: int, y: int) -> int:
            if y == 0:
                raise _div_by_zero()
            q = abs(x) // abs(y)
            return w(q if (x < 0) == (y < 0) else -q)
        return div
    if op == "%":
        def mod(x: int, y: int) -> int:
            if y == 0:
                raise _div_by_zero()
            r = abs(x) % abs(y)
            return r if x >= 0 else -r
        return mod
    if op == "&":
        return lambda x, y: x & y
    if op == "|":
        return lambda x, y: x | y
    if op == "^":
        return lambda x, y: w(x ^ y)
    if op == "&^":
        return lambda x, y: w(x & ~y)
    if op == "<<":
        def shl(x: int, y: int) -> int:
            if y < 0:
                raise runtime_panic("negative shift amount")
            return 0 if y >= bits else w(x << y)
        return shl
    if op == ">>":
        def shr(x: int, y: int) -> int:
            if y < 0:
                raise runtime_panic("negative shift amount")
            return x >> min(y, bits)
        return shr
    raise ValueError(op)


def float_binop(op: str, single: bool) -> Callable[[float, float], float]:
    if op == "+":
        fn = lambda x, y: x + y  # noqa: E731
    elif op == "-":
        fn = lambda x, y: x - y  # noqa: E731
    elif op == "*":
        fn = lambda x, y: x * y  # noqa: E731
    elif op == "/":
        fn = fdiv
    else:
        raise ValueError(op)
    if single:
        return lambda x, y: f32(fn(x, y))
    return fn


def complex_binop(op: str, single: bool) -> Callable[[complex, complex], complex]:
    if op == "+":
        fn = lambda x, y: x + y  # noqa: E731
    elif op == "-":
        fn = lambda x, y: x - y  # noqa: E731
    elif op == "*":
        fn = cmul
    elif op == "/":
        fn = cdiv
    else:
        raise ValueError(op)
    if single:
        return lambda x, y: c64(fn(x, y))
    return fn


def binop(op: str, t: T.Type) -> Callable[[Any, Any], Any]:
    """The function computing ``x op y`` for operands of type ``t`` (not comparisons)."""
    ii = int_info(t)
    if ii is not None:
        return int_binop(op, *ii)
    u = t.under
    if isinstance(u, T.Basic):
        if u.info is T.BasicInfo.FLOAT:
            return float_binop(op, is_float32(t))
        if u.info is T.BasicInfo.COMPLEX:
            return complex_binop(op, is_complex64(t))
        if u.info is T.BasicInfo.STRING and op == "+":
            return lambda x, y: x + y
    raise ValueError(f"operator {op} on {T.type_string(t)}")


def unop(op: str, t: T.Type) -> Callable[[Any], Any]:
    ii = int_info(t)
    if op == "!":
        return lambda x: not x
    if op == "+":
        return lambda x: x
    if ii is not None:
        w = wrapper(*ii)
        if op == "-":
            return lambda x: w(-x)
        if op == "^":
            return lambda x: w(~x)
    if op == "-":
        if is_float32(t):
            return lambda x: f32(-x)
        return lambda x: -x
    raise ValueError(f"unary {op} on {T.type_string(t)}")


# ---------------------------------------------------------------- conversions

def _cvt(x: float, bits: int) -> int:
    """CVTTSD2SQ/CVTTSD2SL: truncate; NaN or out of range gives the minimum integer."""
    lo = -(1 << (bits - 1))
    if math.isnan(x) or math.isinf(x):
        return lo
    v = int(x)
    return v if lo <= v < -lo else lo


def float_to_int(x: float, bits: int, signed: bool) -> int:
    """A float converted to an integer type as gc compiles it for amd64 (out of range included):
    64-bit and uint32 through the 64-bit instruction, narrower types through the 32-bit one,
    uint64 by halves."""
    mask = (1 << bits) - 1
    if bits == 64:
        if signed:
            return _cvt(x, 64)
        if not x < 9223372036854775808.0:
            return (_cvt(x - 9223372036854775808.0, 64) | (1 << 63)) & mask
        return _cvt(x, 64) & mask
    if bits == 32 and not signed:
        return _cvt(x, 64) & mask
    v = _cvt(x, 32)
    if bits == 32:
        return v
    return wrapper(bits, signed)(v)


def int_to_float(v: int, single: bool) -> float:
    if single:
        if abs(v) < (1 << 53):
            return f32(float(v))
        return f32_exact(v)
    return float(v)


def const_value(v: Any, t: T.Type) -> Any:
    """A folded constant in the representation of type ``t``."""
    u = t.under
    if isinstance(u, T.Basic):
        info = u.info
        if info in (T.BasicInfo.INT, T.BasicInfo.UINT):
            return int(v.real) if isinstance(v, complex) else int(v)
        if info is T.BasicInfo.FLOAT:
            f = float(v.real) if isinstance(v, complex) else float(v)
            return f32(f) if u.name == "float32" else f
        if info is T.BasicInfo.COMPLEX:
            z = complex(v)
            return c64(z) if u.name == "complex64" else z
        if info is T.BasicInfo.STRING:
            if isinstance(v, str):
                return v.encode("utf-8", "surrogateescape")
            return bytes(v)
        if info is T.BasicInfo.BOOL:
            return bool(v)
    return v
