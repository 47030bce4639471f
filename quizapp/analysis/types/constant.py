"""Constant values and folding, enough for the constants snippets use.

Constants matter to escape analysis in three ways: they fold away
(``"lit" + "eral"`` is one constant), they decide sizes (``make([]byte,
64*1024)``), and they are what gc prints for an interface box of a
constant (``42 escapes to heap``).
"""

from __future__ import annotations

import math
from typing import Any

from . import model as T


class Rune(int):
    """An integer constant spelled as a rune literal; printing keeps the quotes."""


def is_const_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def convert(value: Any, to: T.Type) -> Any:
    """The value a constant takes when given type ``to``."""
    u = to.under
    if isinstance(u, T.Basic):
        if u.info in (T.BasicInfo.INT, T.BasicInfo.UINT):
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
            if u is T.FLOAT32 and is_const_int(value):
                return float(value)
            return float(value.real) if isinstance(value, complex) else float(value)
        if u.info is T.BasicInfo.COMPLEX:
            return complex(value)
    return value


def binary(op: str, x: Any, y: Any, int_division: bool) -> Any:
    """Fold ``x op y``; ``int_division`` when both operands are integers."""
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
    s = lit.replace("_", "")
    if len(s) > 1 and s[0] == "0" and s[1] not in "xXbBoO.eE":
        return int(s, 8)
    return int(s, 0)


def parse_float(lit: str) -> float:
    s = lit.replace("_", "")
    if s.lower().startswith("0x"):
        return float.fromhex(s)
    return float(s)
