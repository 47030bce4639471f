"""Package math, to the last bit of Go's results.

Functions whose results IEEE arithmetic fixes (Sqrt, Floor, Abs, Mod,
Frexp...) come from Python, which computes the same correctly rounded
values. ``Pow`` follows Go's algorithm (repeated squaring on the
mantissa) for integer exponents. Go's other transcendental functions
(Exp, Log, Sin...) are its own polynomial approximations, and amd64's
Exp even depends on the CPU's FMA: the C library Python uses gives other
last bits, so they are refused rather than printed wrong.
"""

from __future__ import annotations

import math
import struct
from typing import Any

from ..errors import CannotRun


def _ldexp(frac: float, exp: int) -> float:
    if frac == 0 or math.isinf(frac) or math.isnan(frac):
        return frac
    try:
        return math.ldexp(frac, exp)
    except OverflowError:
        return math.copysign(math.inf, frac)


def _is_odd_int(x: float) -> bool:
    if abs(x) >= 1 << 53:
        return False
    xi, xf = math.modf(x)
    return xf == 0 and int(xi) & 1 == 1


def pow_(x: float, y: float) -> float:
    if y == 0 or x == 1:
        return 1.0
    if y == 1:
        return x
    if math.isnan(x) or math.isnan(y):
        return math.nan
    if x == 0:
        if y < 0:
            return -math.inf if math.copysign(1, x) < 0 and _is_odd_int(y) else math.inf
        if y > 0:
            return x if math.copysign(1, x) < 0 and _is_odd_int(y) else 0.0
    if math.isinf(y):
        if x == -1:
            return 1.0
        if (abs(x) < 1) == (y > 0):
            return 0.0
        return math.inf
    if math.isinf(x):
        if x < 0:
            return pow_(1 / x, -y)
        if y < 0:
            return 0.0
        if y > 0:
            return math.inf
    if y == 0.5:
        return math.sqrt(x)
    if y == -0.5:
        return 1 / math.sqrt(x)
    yf, yi = math.modf(abs(y))
    if yf != 0 and x < 0:
        return math.nan
    if yi >= 1 << 63:
        if x == -1:
            return 1.0
        if (abs(x) < 1) == (y > 0):
            return 0.0
        return math.inf
    if yf != 0:
        raise CannotRun(None, "math.Pow with a fractional exponent (Go computes it with its own "
                        "Exp and Log, whose last bits the interpreter does not reproduce)")
    a1, ae = 1.0, 0
    x1, xe = math.frexp(x)
    i = int(yi)
    while i != 0:
        if xe < -(1 << 12) or (1 << 12) < xe:
            ae += xe
            break
        if i & 1 == 1:
            a1 *= x1
            ae += xe
        x1 *= x1
        xe <<= 1
        if x1 < 0.5:
            x1 += x1
            xe -= 1
        i >>= 1
    if y < 0:
        a1 = 1 / a1
        ae = -ae
    return _ldexp(a1, ae)


def max_(x: float, y: float) -> float:
    if math.isinf(x) and x > 0 or math.isinf(y) and y > 0:
        return math.inf
    if math.isnan(x) or math.isnan(y):
        return math.nan
    if x == 0 and x == y:
        return y if math.copysign(1, x) < 0 else x
    return x if x > y else y


def min_(x: float, y: float) -> float:
    if math.isinf(x) and x < 0 or math.isinf(y) and y < 0:
        return -math.inf
    if math.isnan(x) or math.isnan(y):
        return math.nan
    if x == 0 and x == y:
        return x if math.copysign(1, x) < 0 else y
    return x if x < y else y


def mod(x: float, y: float) -> float:
    if y == 0 or math.isinf(x) or math.isnan(x) or math.isnan(y):
        return math.nan
    if math.isinf(y):
        return x
    return math.fmod(x, y)


def round_(x: float) -> float:
    if math.isnan(x) or math.isinf(x):
        return x
    if abs(x) < 0.5:
        return math.copysign(0.0, x)
    t = float(math.trunc(x))
    if abs(x - t) >= 0.5:
        t += math.copysign(1.0, x)
    return math.copysign(t, x)


def round_even(x: float) -> float:
    if math.isnan(x) or math.isinf(x):
        return x
    return math.copysign(float(round(x)), x)


def _integral(f: Any) -> Any:
    def g(m: Any, a: list) -> float:
        x = a[0]
        if math.isnan(x) or math.isinf(x) or x == 0:
            return x
        return math.copysign(float(f(x)), x)
    return g


def _sqrt(m: Any, a: list) -> float:
    x = a[0]
    if math.isnan(x) or x < 0:
        return math.nan if x != 0 else x
    return math.sqrt(x)


def _modf(m: Any, a: list) -> list:
    x = a[0]
    if math.isinf(x):
        return [x, math.nan]
    frac, whole = math.modf(x)
    return [whole, frac]


def _bits(fmt_f: str, fmt_i: str) -> Any:
    return lambda m, a: struct.unpack(fmt_i, struct.pack(fmt_f, a[0]))[0]


def _unsupported(name: str) -> Any:
    def f(m: Any, a: list) -> Any:
        raise CannotRun(None, f"math.{name} (Go's own approximation: its last bits are not "
                        "reproduced)")
    return f


NATIVES: dict[str, Any] = {
    "math.Sqrt": _sqrt,
    "math.Abs": lambda m, a: abs(a[0]) if not math.isnan(a[0]) else a[0],
    "math.Floor": _integral(math.floor),
    "math.Ceil": _integral(math.ceil),
    "math.Trunc": _integral(math.trunc),
    "math.Round": lambda m, a: round_(a[0]),
    "math.RoundToEven": lambda m, a: round_even(a[0]),
    "math.Max": lambda m, a: max_(*a),
    "math.Min": lambda m, a: min_(*a),
    "math.Mod": lambda m, a: mod(*a),
    "math.Modf": _modf,
    "math.Frexp": lambda m, a: list(math.frexp(a[0])),
    "math.Ldexp": lambda m, a: _ldexp(*a),
    "math.Pow": lambda m, a: pow_(*a),
    "math.Inf": lambda m, a: math.inf if a[0] >= 0 else -math.inf,
    "math.NaN": lambda m, a: math.nan,
    "math.IsNaN": lambda m, a: math.isnan(a[0]),
    "math.IsInf": lambda m, a: math.isinf(a[0]) and (a[1] == 0 or (a[1] > 0) == (a[0] > 0)),
    "math.Signbit": lambda m, a: math.copysign(1, a[0]) < 0,
    "math.Copysign": lambda m, a: math.copysign(*a),
    "math.Float64bits": _bits("<d", "<Q"),
    "math.Float64frombits": _bits("<Q", "<d"),
    "math.Float32bits": _bits("<f", "<I"),
    "math.Float32frombits": _bits("<I", "<f"),
    "math.Dim": lambda m, a: max(a[0] - a[1], 0.0) if not (math.isnan(a[0]) or math.isnan(a[1]))
    else math.nan,
}
for _name in ("Exp", "Exp2", "Expm1", "Log", "Log2", "Log10", "Log1p", "Sin", "Cos", "Tan",
              "Asin", "Acos", "Atan", "Atan2", "Sinh", "Cosh", "Tanh", "Hypot", "Cbrt", "Gamma",
              "Erf", "Erfc"):
    NATIVES[f"math.{_name}"] = _unsupported(_name)
