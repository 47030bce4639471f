"""Constant values and folding, with gc's limits.

Constants matter to escape analysis in three ways: they fold away
(``"lit" + "eral"`` is one constant), they decide sizes (``make([]byte,
64*1024)``), and they are what gc prints for an interface box of a
constant (``42 escapes to heap``).

gc bounds them, and so do we: an untyped integer may not exceed 512 bits, a
typed one must fit its type after every operation, a shift count is at most
1074, a constant string at most 2e9 bytes. A string longer than we care to
hold is kept as a ``LongString`` (its length and its first bytes), which is
all gc prints or measures of it. Integer literals are read only up to the
digits 512 bits can need. Untyped floats are Python floats: one that leaves
float64's range, which gc would still compute exactly, is reported as beyond
what the analyzer models rather than rounded to infinity.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import Any

from . import model as T

INT_PRECISION = 512
"""Bits an untyped integer constant may use (types2's ``prec``)."""
SHIFT_BOUND = 1023 - 1 + 52
"""The largest constant shift count gc accepts."""
MAX_STRING_BYTES = 2_000_000_000
"""The longest constant string gc accepts (``cmd/internal/obj.MaxSymSize``)."""
HELD_STRING_BYTES = 1 << 20
"""Constant strings longer than this are kept as their length and first bytes."""
SHOWN_STRING_CHARS = 72
"""gc prints a constant string shortened to this many characters."""


class Problem(Enum):
    """Why a constant cannot be what the program asks (gc's words, where it has them)."""

    OVERFLOW = "overflows"
    TRUNCATED = "truncated"
    KIND = ""                  # no value of that type is a constant of this kind
    UNMODELLED = "unmodelled"  # valid in gc, but beyond what the analyzer represents


class ConstantError(Exception):
    """A fold or conversion gc rejects (or that leaves what we model); the noder adds the position."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(detail or problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class LongString:
    """A constant string too long to hold: its length in bytes and its first characters."""

    length: int
    head: str

    def __str__(self) -> str:
        return self.head


def string_bytes(v: str | LongString) -> int:
    """The length of a constant string as Go counts it, in bytes."""
    if isinstance(v, LongString):
        return v.length
    return len(v.encode("utf-8", "surrogateescape"))


def concat(x: str | LongString, y: str | LongString) -> str | LongString:
    """``x + y`` for constant strings, within gc's limit and without holding huge ones."""
    n = string_bytes(x) + string_bytes(y)
    if n > MAX_STRING_BYTES:
        raise ConstantError(Problem.OVERFLOW,
                            f"constant string too long ({n} bytes > {MAX_STRING_BYTES} bytes)")
    if n <= HELD_STRING_BYTES and isinstance(x, str) and isinstance(y, str):
        return x + y
    head = str(x)[:SHOWN_STRING_CHARS + 1]
    if len(head) <= SHOWN_STRING_CHARS and isinstance(x, str):
        head = (head + str(y))[:SHOWN_STRING_CHARS + 1]
    return LongString(n, head)


def int_too_big(v: int) -> bool:
    """Does an untyped integer exceed gc's 512 bits?"""
    return v.bit_length() > INT_PRECISION


def int_range(t: T.Basic) -> tuple[int, int]:
    """The values an integer type holds."""
    bits = t.size() * 8
    if t.info is T.BasicInfo.UINT:
        return 0, (1 << bits) - 1
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


def representable(value: Any, to: T.Type) -> Any:
    """``value`` as a constant of type ``to``; raises ``ConstantError`` when gc would refuse.

    Only basic types are checked; anything else is passed through."""
    u = to.under
    if not isinstance(u, T.Basic) or u.info in (T.BasicInfo.NIL, T.BasicInfo.UNSAFE_POINTER):
        return convert(value, to)
    numeric = isinstance(value, (int, float, complex)) and not isinstance(value, bool)
    if u.info is T.BasicInfo.BOOL:
        if not isinstance(value, bool):
            raise ConstantError(Problem.KIND)
        return value
    if u.info is T.BasicInfo.STRING:
        if not isinstance(value, (str, LongString)):
            raise ConstantError(Problem.KIND)
        return value
    if not numeric:
        raise ConstantError(Problem.KIND)
    if u.is_integer():
        if isinstance(value, complex):
            if value.imag != 0:
                raise ConstantError(Problem.TRUNCATED)
            value = value.real
        if isinstance(value, Exact):
            if value.exact.denominator != 1:
                raise ConstantError(Problem.TRUNCATED)
            value = int(value.exact)
        if isinstance(value, float):
            if not math.isfinite(value) or value != int(value):
                raise ConstantError(Problem.TRUNCATED)
            value = int(value)
        if u.untyped:
            if int_too_big(value):
                raise ConstantError(Problem.OVERFLOW)
        else:
            lo, hi = int_range(u)
            if not lo <= value <= hi:
                raise ConstantError(Problem.OVERFLOW)
    elif u.info is T.BasicInfo.FLOAT or u.info is T.BasicInfo.COMPLEX:
        if isinstance(value, complex) and u.info is T.BasicInfo.FLOAT:
            if value.imag != 0:
                raise ConstantError(Problem.TRUNCATED)
        limit = 3.4028234663852886e38 if basic_bits(u) == 32 else math.inf
        parts = (value.real, value.imag) if isinstance(value, complex) else (value,)
        for part in parts:
            try:
                f = float(part)
            except OverflowError:
                raise ConstantError(Problem.OVERFLOW) from None
            if not u.untyped and (math.isinf(f) or abs(f) > limit):
                raise ConstantError(Problem.OVERFLOW)
    return convert(value, to)


def basic_bits(u: T.Basic) -> int:
    """The width of a float type (a complex type's parts)."""
    return u.size() * 8 // (2 if u.info is T.BasicInfo.COMPLEX else 1)


class Rune(int):
    """An integer constant spelled as a rune literal; printing keeps the quotes."""


class Exact(float):
    """An untyped float constant: its exact value (``exact``) and, as a float, that value
    rounded to float64. Go's constants are exact: ``0.2 + 0.1`` is 0.3, not the float64 sum,
    and ``int64(1e18 * 9.2)`` is 9200000000000000000; rounding happens once, when a constant
    gets a type."""

    __slots__ = ("exact",)
    exact: Fraction

    def __new__(cls, exact: Fraction | int) -> Exact:
        q = Fraction(exact)
        try:
            f = float(q)
        except OverflowError:
            f = math.inf if q > 0 else -math.inf
        self = super().__new__(cls, f)
        self.exact = q
        return self

    def __neg__(self) -> Exact:
        return Exact(-self.exact)

    def __pos__(self) -> Exact:
        return self


def _exact(v: Any) -> Fraction | None:
    """The exact value of an untyped numeric constant (None for a typed float)."""
    if isinstance(v, Exact):
        return v.exact
    if isinstance(v, int) and not isinstance(v, bool):
        return Fraction(v)
    return None


def is_const_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def convert(value: Any, to: T.Type) -> Any:
    """The value a constant takes when given type ``to``."""
    u = to.under
    if isinstance(u, T.Basic):
        if u.info in (T.BasicInfo.INT, T.BasicInfo.UINT):
            if isinstance(value, Exact):
                value = int(value.exact) if value.exact.denominator == 1 else int(value)
            if isinstance(value, float):
                value = int(value)
            if isinstance(value, complex):
                value = int(value.real)
            if u.untyped:
                return value
            if T.is_rune(u) or u is T.UNTYPED_RUNE:
                return Rune(value) if isinstance(value, Rune) else int(value)
            return int(value)
        if u.info is T.BasicInfo.FLOAT:
            if u.untyped and (isinstance(value, Exact) or is_const_int(value)):
                return Exact(value.exact if isinstance(value, Exact) else value)
            if u is T.FLOAT32 and is_const_int(value):
                return float(value)
            return float(value.real) if isinstance(value, complex) else float(value)
        if u.info is T.BasicInfo.COMPLEX:
            return complex(value)
    return value


def binary(op: str, x: Any, y: Any, int_division: bool) -> Any:
    """Fold ``x op y``; ``int_division`` when both operands are integers.

    Raises ``ConstantError`` where gc would refuse or a float leaves float64's range."""
    if isinstance(x, (str, LongString)) and isinstance(y, (str, LongString)):
        if op == "+":
            return concat(x, y)
        if isinstance(x, LongString) or isinstance(y, LongString):
            raise ConstantError(Problem.UNMODELLED, "comparison of constant strings longer "
                                f"than {HELD_STRING_BYTES} bytes")
    if op in ("/", "%") and not isinstance(x, bool) and y == 0:
        raise ConstantError(Problem.KIND, "invalid operation: division by zero")
    ex = ey = None
    if (isinstance(x, Exact) or isinstance(y, Exact)) and not int_division:
        ex, ey = _exact(x), _exact(y)             # untyped floats: exact arithmetic
    if ex is not None and ey is not None and op in ("==", "!=", "<", "<=", ">", ">="):
        return _binary(op, ex, ey, False)
    if ex is not None and ey is not None and op in ("+", "-", "*", "/"):
        v = Exact(_binary(op, ex, ey, False))
    else:
        v = _binary(op, x, y, int_division)
    if isinstance(v, float) and math.isinf(v) and math.isfinite(x) and math.isfinite(y):
        raise ConstantError(Problem.UNMODELLED, "a floating-point constant beyond float64's range")
    if isinstance(v, float) and v == 0 and op in ("*", "/") and x != 0 and y != 0:
        raise ConstantError(Problem.UNMODELLED, "a floating-point constant below float64's range")
    return v


def _binary(op: str, x: Any, y: Any, int_division: bool) -> Any:
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        if int_division:
            q = abs(x) // abs(y)
            return q if (x >= 0) == (y >= 0) else -q
        return x / y
    if op == "%":
        r = abs(x) % abs(y)
        return r if x >= 0 else -r
    if op == "<<":
        return x << y
    if op == ">>":
        return x >> y
    if op == "&":
        return x & y
    if op == "|":
        return x | y
    if op == "^":
        return x ^ y
    if op == "&^":
        return x & ~y
    if op == "==":
        return x == y
    if op == "!=":
        return x != y
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    if op == ">=":
        return x >= y
    if op == "&&":
        return x and y
    if op == "||":
        return x or y
    raise ValueError(op)


def unary(op: str, x: Any, t: T.Type) -> Any:
    if op == "-":
        return -x
    if op == "+":
        return x
    if op == "!":
        return not x
    if op == "^":
        u = t.under
        if isinstance(u, T.Basic) and u.info is T.BasicInfo.UINT and not u.untyped:
            return x ^ ((1 << (u.size() * 8)) - 1)
        return ~x
    raise ValueError(op)


def format_float(v: float) -> str:
    """go/constant's float text: %.6g, or Go's shortest %g when that would hide a fraction."""
    if math.isinf(v):
        return "+Inf" if v > 0 else "-Inf"
    s = fix_exp(f"{v:.6g}")
    if v != int(v) and "." not in s:
        s = shortest_g(v)
    return s


def fix_exp(s: str) -> str:
    if "e" in s:
        mant, exp = s.split("e")
        sign = exp[0]
        digits = exp[1:].lstrip("0")
        s = f"{mant}e{sign}{digits.rjust(2, '0')}"
    return s


def shortest_g(v: float) -> str:
    """Go's %g with the shortest precision: %e when the exponent is < -4 or >= 6."""
    from decimal import Decimal
    d = Decimal(repr(v))
    sign, digits, exp = d.as_tuple()
    ds = "".join(map(str, digits)).rstrip("0") or "0"
    nd = len(ds)
    dp = len(digits) + int(exp)
    x = dp - 1
    neg = "-" if sign else ""
    if x < -4 or x >= 6:
        mant = ds[0] + ("." + ds[1:] if nd > 1 else "")
        return f"{neg}{mant}e{'-' if x < 0 else '+'}{abs(x):02d}"
    if dp <= 0:
        return f"{neg}0.{'0' * -dp}{ds}"
    if dp >= nd:
        return f"{neg}{ds}{'0' * (dp - nd)}"
    return f"{neg}{ds[:dp]}.{ds[dp:]}"


_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r",
            "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}


def _escape(ch: str, quote: str) -> str:
    """One character as Go's strconv quotes it inside ``quote``: printable non-ASCII is kept."""
    if ch == quote:
        return "\\" + quote
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    o = ord(ch)
    if o < 0x20 or o == 0x7F:
        return f"\\x{o:02x}"
    if o >= 0x80 and not ch.isprintable():
        return f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}"
    return ch


def shown_string(v: str | LongString) -> str:
    """A constant string as gc prints it: quoted, shortened to 72 characters with ``...``.

    Only the characters that can be shown are quoted, so a long string costs nothing."""
    s = str(v)
    q = quote_string(s[:SHOWN_STRING_CHARS])
    if len(q) > SHOWN_STRING_CHARS or len(s) > SHOWN_STRING_CHARS or isinstance(v, LongString):
        return q[:SHOWN_STRING_CHARS - 3] + "..."
    return q


def quote_string(s: str) -> str:
    """Go's strconv.Quote."""
    return '"' + "".join(f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF   # an invalid UTF-8 byte
                         else _escape(ch, '"') for ch in s) + '"'


def quote_rune(r: int) -> str:
    """Go's strconv.QuoteRune."""
    return "'" + _escape(chr(r), "'") + "'"


def unquote(lit: str) -> Any:
    """The value of a Go string or rune literal as written."""
    if lit.startswith("`"):
        return lit[1:-1].replace("\r", "")
    quote = lit[0]
    body = lit[1:-1]
    out = bytearray()
    i = 0
    raw = body.encode("utf-8")
    while i < len(raw):
        c = raw[i]
        if c != 0x5C:
            out.append(c)
            i += 1
            continue
        i += 1
        e = chr(raw[i])
        i += 1
        simple = {"n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11,
                  "\\": 92, "'": 39, '"': 34}
        if e in simple:
            out.append(simple[e])
        elif e == "x":
            out.append(int(raw[i:i + 2], 16))
            i += 2
        elif e in "01234567":
            out.append(int(raw[i - 1:i + 2], 8))
            i += 2
        elif e == "u":
            out.extend(chr(int(raw[i:i + 4], 16)).encode("utf-8"))
            i += 4
        elif e == "U":
            out.extend(chr(int(raw[i:i + 8], 16)).encode("utf-8"))
            i += 8
    s = out.decode("utf-8", "surrogateescape")
    if quote == "'":
        return Rune(ord(s)) if len(s) == 1 else Rune(out[0])
    return s


def parse_int(lit: str) -> int:
    """An integer literal's value; one that needs more than 512 bits raises ``ConstantError``."""
    s = lit.replace("_", "")
    digits = s[2:] if s[:2].lower() in ("0x", "0b", "0o") else s
    bits_per_digit = {"0x": 4, "0b": 1, "0o": 3}.get(s[:2].lower(), 3.33)
    if len(digits.lstrip("0")) * bits_per_digit > INT_PRECISION + 8:
        raise ConstantError(Problem.OVERFLOW, "constant overflow")
    if len(s) > 1 and s[0] == "0" and s[1] not in "xXbBoO.eE":
        return int(s, 8)
    return int(s, 0)


def parse_float(lit: str) -> Exact:
    """A float literal's exact value (an untyped constant); one beyond float64's range
    raises ``ConstantError``."""
    s = lit.replace("_", "")
    hexa = s.lower().startswith("0x")
    try:
        v = float.fromhex(s) if hexa else float(s)
    except OverflowError:
        v = math.inf
    if math.isinf(v):
        raise ConstantError(Problem.UNMODELLED, "a floating-point constant beyond float64's range")
    mantissa = re.split(r"[pP]" if hexa else r"[eE]", s[2:] if hexa else s)[0]
    if v == 0 and any(c not in "0._" for c in mantissa):    # gc keeps 1e-400 exactly; float64 has 0
        raise ConstantError(Problem.UNMODELLED, "a floating-point constant below float64's range")
    return Exact(_hex_float(s) if hexa else Fraction(s))


def _hex_float(s: str) -> Fraction:
    """``0x1.8p3`` exactly (hex mantissa, binary exponent)."""
    body = s[2:].lower()
    mant, _, exp = body.partition("p")
    whole, _, frac = mant.partition(".")
    digits = int((whole + frac) or "0", 16)
    return Fraction(digits) * Fraction(2) ** (int(exp or "0") - 4 * len(frac))
