"""Package strconv: parsing and formatting numbers, booleans and quoted strings.

Errors are ``*strconv.NumError`` values with ``ErrSyntax``/``ErrRange`` (one
value each per run, so ``errors.Is`` works) and Go's messages:
``strconv.Atoi: parsing "x": invalid syntax``. Parsing follows Go's
grammar (underscores only after a base prefix, ``0x`` hex floats, ``inf``),
and out-of-range values come back clamped, as Go returns them.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

from ...analysis.types import constant as C
from ...analysis.types import model as T
from ..arith import f32_exact
from ..ftoa import format_float
from ..values import Iface, Ptr
from .errors import new_error
from .fmtformat import go_quote
from .gotypes import std_type
from .util import Fields, append_growing


def _err_value(m: Any, name: str, text: bytes) -> Iface:
    key = "strconv." + name
    v = m.lib_state.get(key)
    if v is None:
        v = m.lib_state[key] = new_error(text)
    return v


def err_syntax(m: Any) -> Iface:
    return _err_value(m, "ErrSyntax", b"invalid syntax")


def err_range(m: Any) -> Iface:
    return _err_value(m, "ErrRange", b"value out of range")


def num_error(m: Any, fn: str, s: bytes, err: Iface) -> Iface:
    t = std_type(m, "strconv", "NumError")
    from ..values import zero
    cell = zero(t)
    p = Ptr(cell, 0)
    f = Fields(p, t)
    f["Func"] = fn.encode()
    f["Num"] = s
    f["Err"] = err
    return Iface(T.Pointer(t), p)


def _num_error_text(m: Any, a: list) -> bytes:
    f = Fields(a[0], std_type(m, "strconv", "NumError"))
    inner = m.call_method(f["Err"], "Error", []) if f["Err"] is not None else b"<nil>"
    return b"strconv." + f["Func"] + b": parsing " + go_quote(f["Num"]).encode() + b": " + inner


def _underscore_ok(s: str) -> bool:
    """Go's rule: underscores only between digits (or after a base prefix), never doubled."""
    saw = "^"
    i = 0
    if s and s[0] in "+-":
        s = s[1:]
    hexa = False
    if len(s) >= 2 and s[0] == "0" and s[1].lower() in "bxo":
        i = 2
        saw = "0"
        hexa = s[1].lower() == "x"
    while i < len(s):
        c = s[i]
        if c.isdigit() or (hexa and c.lower() in "abcdef"):
            saw = "0"
        elif c == "_":
            if saw != "0":
                return False
            saw = "_"
        else:
            if saw == "_":
                return False
            saw = "!"
        i += 1
    return saw != "_"


def parse_uint(s: bytes, base: int, bits: int) -> tuple[int, str | None]:
    """(value, error kind: None, 'syntax', 'range', 'base', 'bits')."""
    if not s:
        return 0, "syntax"
    text = s.decode("latin-1")
    base0 = base == 0
    if 2 <= base <= 36:
        pass
    elif base == 0:
        base = 10
        if text[0] == "0":
            if len(text) >= 3 and text[1].lower() == "b":
                base, text = 2, text[2:]
            elif len(text) >= 3 and text[1].lower() == "o":
                base, text = 8, text[2:]
            elif len(text) >= 3 and text[1].lower() == "x":
                base, text = 16, text[2:]
            else:
                base, text = 8, text[1:] or "0"
    else:
        return 0, "base"
    if bits == 0:
        bits = 64
    elif bits < 0 or bits > 64:
        return 0, "bits"
    maxv = (1 << bits) - 1
    n = 0
    underscores = False
    for ch in text:
        if ch == "_" and base0:
            underscores = True
            continue
        d = int(ch, 36) if ch.isalnum() and ch.isascii() else 99
        if d >= base:
            return 0, "syntax"
        n = n * base + d
        if n > maxv:
            n = maxv + 1
    if underscores and not _underscore_ok(s.decode("latin-1")):
        return 0, "syntax"
    if n > maxv:
        return maxv, "range"
    return n, None


def parse_int(s: bytes, base: int, bits: int) -> tuple[int, str | None]:
    if not s:
        return 0, "syntax"
    neg = s[:1] == b"-"
    body = s[1:] if s[:1] in (b"+", b"-") else s
    un, err = parse_uint(body, base, bits)
    if err not in (None, "range"):
        return 0, err
    b = 64 if bits == 0 else bits
    cutoff = 1 << (b - 1)
    if err == "range":
        un = cutoff
    if not neg and un >= cutoff:
        return cutoff - 1, "range"
    if neg and un > cutoff:
        return -cutoff, "range"
    return (-un if neg else un), err


def _int_result(m: Any, fn: str, s: bytes, v: int, err: str | None, base: int = 10,
                bits: int = 0) -> list:
    if err is None:
        return [v, None]
    if err == "syntax":
        return [0, num_error(m, fn, s, err_syntax(m))]
    if err == "range":
        return [v, num_error(m, fn, s, err_range(m))]
    if err == "base":
        return [0, num_error(m, fn, s, new_error(f"invalid base {base}".encode()))]
    return [0, num_error(m, fn, s, new_error(f"invalid bit size {bits}".encode()))]


_FLOAT = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*"
                    r"|\.[0-9a-fA-F]+)[pP][+-]?\d+)\Z")
_SPECIAL = re.compile(r"([+-]?)(inf|infinity)\Z|nan\Z", re.I)


def parse_float(s: bytes, bits: int) -> tuple[float, str | None]:
    text = s.decode("latin-1")
    sp = _SPECIAL.match(text)
    if sp:
        if text.lower() == "nan":
            return math.nan, None
        return (-math.inf if sp.group(1) == "-" else math.inf), None
    body = text
    if "_" in text:
        if not (re.match(r"[+-]?0[xX]", text) and _underscore_ok(text)):
            return 0.0, "syntax"
        body = text.replace("_", "")
    if not _FLOAT.match(body):
        return 0.0, "syntax"
    if body.lstrip("+-")[:2].lower() == "0x":
        sign = -1 if body.startswith("-") else 1
        mant, exp = body.lstrip("+-")[2:].lower().split("p")
        ip, _, fp = mant.partition(".")
        exact = Fraction(int(ip or "0", 16) * 16 ** len(fp) + int(fp or "0", 16), 16 ** len(fp))
        exact *= Fraction(2) ** int(exp)
        exact *= sign
    else:
        exact = Fraction(body)
    if bits == 32:
        v = f32_exact(exact)
    else:
        try:
            v = float(exact)
        except OverflowError:
            v = math.inf if exact > 0 else -math.inf
    if math.isinf(v):
        return v, "range"
    return v, None


def _float_result(m: Any, fn: str, s: bytes, v: float, err: str | None) -> list:
    if err is None:
        return [v, None]
    if err == "syntax":
        return [0.0, num_error(m, fn, s, err_syntax(m))]
    return [v, num_error(m, fn, s, err_range(m))]


def _parse_bool(m: Any, a: list) -> list:
    s = a[0]
    if s in (b"1", b"t", b"T", b"TRUE", b"true", b"True"):
        return [True, None]
    if s in (b"0", b"f", b"F", b"FALSE", b"false", b"False"):
        return [False, None]
    return [False, num_error(m, "ParseBool", s, err_syntax(m))]


def format_int(v: int, base: int) -> bytes:
    if base < 2 or base > 36:
        from ..panics import plain
        raise plain("strconv: illegal AppendInt/FormatInt base")
    if base == 10:
        return str(v).encode()
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg = v < 0
    u = -v if neg else v
    out = []
    while True:
        out.append(digits[u % base])
        u //= base
        if not u:
            break
    return (("-" if neg else "") + "".join(reversed(out))).encode()


def _format_float(m: Any, a: list) -> bytes:
    v, fmt, prec, bits = a
    ch = chr(fmt)
    if ch not in "eEfgG":
        from ..errors import CannotRun
        raise CannotRun(None, f"strconv.FormatFloat with format {ch!r}")
    return format_float(v, ch, prec, bits).encode()


def _unquote(m: Any, a: list) -> list:
    s = a[0]
    text = s.decode("utf-8", "surrogateescape")
    ok = len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'`"
    if ok and text[0] == "`":
        ok = "`" not in text[1:-1]
    elif ok:
        body = text[1:-1]
        ok = "\n" not in body and re.fullmatch(
            r"(?:[^\\\"']|\\[abfnrtv\\'\"]|\\x[0-9a-fA-F]{2}|\\[0-7]{3}|\\u[0-9a-fA-F]{4}"
            r"|\\U[0-9a-fA-F]{8}|" + ("\"" if text[0] == "'" else "'") + ")*", body) is not None
        if ok and text[0] == "'":
            ok = len(C.unquote(text).__str__()) >= 0 and body != ""
    if not ok:
        return [b"", err_syntax(m)]
    v = C.unquote(text)
    if isinstance(v, int):
        from ..text import encode_rune
        return [encode_rune(int(v)), None]
    return [v.encode("utf-8", "surrogateescape"), None]


NATIVES = {
    "var:strconv.ErrSyntax": err_syntax,
    "var:strconv.ErrRange": err_range,
    "(*strconv.NumError).Error": _num_error_text,
    "(*strconv.NumError).Unwrap": lambda m, a: Fields(a[0], std_type(m, "strconv", "NumError"))["Err"],
    "strconv.Itoa": lambda m, a: str(a[0]).encode(),
    "strconv.Atoi": lambda m, a: _int_result(m, "Atoi", a[0], *parse_int(a[0], 10, 0)),
    "strconv.ParseInt": lambda m, a: _int_result(m, "ParseInt", a[0], *parse_int(*a), a[1], a[2]),
    "strconv.ParseUint": lambda m, a: _int_result(m, "ParseUint", a[0], *parse_uint(*a), a[1], a[2]),
    "strconv.ParseFloat": lambda m, a: _float_result(m, "ParseFloat", a[0], *parse_float(*a)),
    "strconv.ParseBool": _parse_bool,
    "strconv.FormatInt": lambda m, a: format_int(a[0], a[1]),
    "strconv.FormatUint": lambda m, a: format_int(a[0], a[1]),
    "strconv.FormatFloat": _format_float,
    "strconv.FormatBool": lambda m, a: b"true" if a[0] else b"false",
    "strconv.Quote": lambda m, a: go_quote(a[0]).encode(),
    "strconv.QuoteToASCII": lambda m, a: go_quote(a[0], ascii_only=True).encode(),
    "strconv.QuoteRune": lambda m, a: C.quote_rune(a[0]).encode(),
    "strconv.Unquote": _unquote,
    "strconv.AppendInt": lambda m, a: append_growing(m, a[0], list(format_int(a[1], a[2])), T.BYTE),
    "strconv.AppendQuote": lambda m, a: append_growing(m, a[0], list(go_quote(a[1]).encode()),
                                                       T.BYTE),
}
