"""Exact constant values, as ``go/constant`` keeps them for the type checker.

gc checks constant expressions exactly: an untyped ``1 << 100`` is a
number, ``0.1 + 0.2`` is exactly three tenths, and only on conversion to
a typed constant is a value rounded or found not to fit ("overflows",
"truncated"). Values are Python objects by kind: ``bool``, ``str``, ``int``
(integers of any size), ``Fraction`` (floats, exact) and ``Complex``.
``None`` stands for an unknown value (the result of an earlier error).
The text of a value in a message is ``go/constant``'s ``String``.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import Any

from ..types.constant import MAX_STRING_BYTES, LongString, concat, fix_exp, quote_string, shortest_g
from ..types.constant import binary as fold
from ..types.constant import string_bytes as string_len

STRINGS = (str, LongString)
"""A constant string's value: text, or its length and first characters when too long to hold."""

MAX_FLOAT64 = Fraction(2) ** 1023 * (2 - Fraction(1, 2 ** 52))
MAX_FLOAT32 = Fraction(2) ** 127 * (2 - Fraction(1, 2 ** 23))
MAX_EXPONENT = 10000
"""Float literals beyond 10^MAX_EXPONENT are kept as float64 approximations (gc keeps 512 bits)."""


class VKind(Enum):
    """The kinds of constant values (``go/constant.Kind``)."""

    BOOL = "bool"
    STRING = "string"
    INT = "int"
    FLOAT = "float"
    COMPLEX = "complex"


@dataclass(frozen=True)
class Complex:
    """An exact complex constant."""

    re: Fraction
    im: Fraction


def kind(v: Any) -> VKind | None:
    if isinstance(v, bool):
        return VKind.BOOL
    if isinstance(v, STRINGS):
        return VKind.STRING
    if isinstance(v, int):
        return VKind.INT
    if isinstance(v, Fraction):
        return VKind.FLOAT
    if isinstance(v, Complex):
        return VKind.COMPLEX
    return None


def to_int(v: Any) -> Any:
    """The value as an integer if it is one exactly (``constant.ToInt``), else ``v`` unchanged."""
    if v.__class__ is int or isinstance(v, bool):
        return v
    if isinstance(v, Fraction) and v.denominator == 1:
        return int(v)
    if isinstance(v, Complex) and v.im == 0 and v.re.denominator == 1:
        return int(v.re)
    return v


def to_float(v: Any) -> Any:
    if isinstance(v, int) and not isinstance(v, bool):
        return Fraction(v)
    if isinstance(v, Complex) and v.im == 0:
        return v.re
    return v


def to_complex(v: Any) -> Any:
    if isinstance(v, int) and not isinstance(v, bool):
        return Complex(Fraction(v), Fraction(0))
    if isinstance(v, Fraction):
        return Complex(v, Fraction(0))
    return v


def sign(v: Any) -> int:
    if isinstance(v, Complex):
        return 0 if v.re == 0 and v.im == 0 else 1
    return (v > 0) - (v < 0)


def bit_len(v: int) -> int:
    return abs(v).bit_length()


# ------------------------------------------------------------------ literals
def from_literal(text: str, lit_kind: str) -> Any:
    """The value of a literal token (``int``, ``float``, ``imag``); None when malformed."""
    s = text.replace("_", "")
    try:
        if lit_kind == "int":
            if len(s) > 1 and s[0] == "0" and s[1] not in "xXbBoO":
                return int(s, 8)
            return int(s, 0)
        if lit_kind == "float":
            return _float_lit(s)
        if lit_kind == "imag":
            body = s[:-1]
            if body and (body[0] != "0" or len(body) == 1 or body[1] in "xXbBoO.eE") \
                    and all(c in "0123456789xXbBoOabcdefABCDEF" for c in body):
                im = Fraction(from_literal(body, "int"))
            else:
                im = _float_lit(body)
            return Complex(Fraction(0), im)
    except (ValueError, ZeroDivisionError, OverflowError):
        return None
    return None


def _float_lit(s: str) -> Fraction:
    if s[:2].lower() == "0x":
        mant, _, exp = s[2:].lower().partition("p")
        whole, _, frac = mant.partition(".")
        digits = (whole + frac) or "0"
        value = Fraction(int(digits, 16), 16 ** len(frac))
        e = int(exp) if exp else 0
        if abs(e) > MAX_EXPONENT:
            return Fraction(float.fromhex(s)) if e < 0 else MAX_FLOAT64 * 2
        return value * Fraction(2) ** e
    mant, _, exp = s.lower().partition("e")
    e = int(exp) if exp else 0
    if abs(e) > MAX_EXPONENT:
        f = float(s)
        return Fraction(f) if not math.isinf(f) else MAX_FLOAT64 * 2
    whole, _, frac = mant.partition(".")
    value = Fraction(int((whole + frac) or "0"), 10 ** len(frac))
    return value * Fraction(10) ** e


# ------------------------------------------------------------------ arithmetic
def match(x: Any, y: Any) -> tuple[Any, Any]:
    """Both values in the larger of their two numeric kinds."""
    order = (VKind.INT, VKind.FLOAT, VKind.COMPLEX)
    kx, ky = kind(x), kind(y)
    if kx not in order or ky not in order or kx == ky:
        return x, y
    target = max(order.index(kx), order.index(ky))  # type: ignore[arg-type]
    conv = (lambda v: v, to_float, to_complex)[target]
    return conv(x), conv(y)


def binary(op: str, x: Any, y: Any, int_division: bool = False) -> Any:
    """``x op y`` for arithmetic and logical operators; ``int_division`` truncates ``/``."""
    if x is None or y is None:
        return None
    if op in ("&&", "||"):
        return (x and y) if op == "&&" else (x or y)
    x, y = match(x, y)
    if isinstance(x, STRINGS):
        if op != "+":
            return None
        n = string_len(x) + string_len(y)
        if n > MAX_STRING_BYTES:   # the checker's overflow reports it
            return LongString(n, str(x)[:MAX_STRING_LEN + 1])
        return concat(x, y)
    if isinstance(x, Complex):
        return _complex_op(op, x, y)
    if op == "/" and not (isinstance(x, int) and int_division):
        return Fraction(x) / Fraction(y)      # exact, where the lowering folds in floats
    if op not in _ARITH:
        return None
    return fold(op, x, y, isinstance(x, int) and int_division)


_ARITH = frozenset({"+", "-", "*", "/", "%", "&", "|", "^", "&^"})


def _complex_op(op: str, x: Complex, y: Complex) -> Any:
    if op == "+":
        return Complex(x.re + y.re, x.im + y.im)
    if op == "-":
        return Complex(x.re - y.re, x.im - y.im)
    if op == "*":
        return Complex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re)
    if op == "/":
        d = y.re * y.re + y.im * y.im
        return Complex((x.re * y.re + x.im * y.im) / d, (x.im * y.re - x.re * y.im) / d)
    return None


def shift(op: str, x: int, s: int) -> int:
    return x << s if op == "<<" else x >> s


def compare(op: str, x: Any, y: Any) -> bool:
    return bool(fold(op, *match(x, y), False))


def unary(op: str, x: Any, unsigned_bits: int = 0) -> Any:
    """``op x``; ``unsigned_bits`` is the width for ``^`` on an unsigned type."""
    if x is None:
        return None
    if op == "+":
        return x
    if op == "-":
        if isinstance(x, Complex):
            return Complex(-x.re, -x.im)
        return -x
    if op == "!":
        return not x
    if op == "^":
        if unsigned_bits:
            return x ^ ((1 << unsigned_bits) - 1)
        return ~x
    return None


# ------------------------------------------------------------------ representability
def fits_float64(v: Fraction) -> bool:
    return abs(v) <= MAX_FLOAT64 or _rounds_below(v, 64)


def _rounds_below(v: Fraction, bits: int) -> bool:
    try:
        f = float(v)
    except OverflowError:
        return False
    if bits == 32:
        try:
            struct.pack("f", f)
        except OverflowError:
            return False
    return not math.isinf(f)


def round_float(v: Fraction, bits: int) -> Fraction | None:
    """``v`` rounded to a float32 or float64, or None when it overflows."""
    try:
        f = float(v)
    except OverflowError:
        return None
    if math.isinf(f):
        return None
    if bits == 32:
        try:
            f = struct.unpack("f", struct.pack("f", f))[0]
        except OverflowError:
            return None
        if math.isinf(f):
            return None
    return Fraction(f)


# ------------------------------------------------------------------ text
MAX_STRING_LEN = 72


def string(v: Any) -> str:
    """``go/constant``'s ``Value.String``: how a constant value appears in a message."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, STRINGS):
        s = quote_string(str(v))
        if len(s) > MAX_STRING_LEN:
            s = s[:MAX_STRING_LEN - 3] + "..."
        return s
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Fraction):
        return float_string(v)
    if isinstance(v, Complex):
        return f"({float_string(v.re)} + {float_string(v.im)}i)"
    return "unknown"


def float_string(v: Fraction) -> str:
    """%.6g of the nearest float64, or %g when that would hide a fraction (go/constant)."""
    try:
        f = float(v)
    except OverflowError:
        f = math.inf
    if math.isinf(f) or (f == 0 and v != 0):
        return _big_float_string(v)
    s = fix_exp(f"{f:.6g}")
    if v.denominator != 1 and "." not in s:
        s = shortest_g(f)
    return s


def _big_float_string(v: Fraction) -> str:
    """A value outside float64's range, as go/constant approximates it: ``1e+1000``."""
    if v == 0:
        return "0"
    neg = v < 0
    v = abs(v)
    e = len(str(v.numerator)) - len(str(v.denominator))
    m = v / Fraction(10) ** e
    while m >= 10:
        m /= 10
        e += 1
    while m < 1:
        m *= 10
        e -= 1
    mant = f"{float(m):.6g}"
    return f"{'-' if neg else ''}{mant}e{'+' if e >= 0 else '-'}{abs(e):02d}"
