"""Packages unicode and unicode/utf8, and the rune classes strings and fmt rely on.

Case mapping is Go's *simple* mapping (one rune to one rune: ``ß`` stays
``ß`` in ``ToUpper``), not Python's full mapping; categories come from
Python's Unicode database.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from ..text import RUNE_ERROR, decode_rune, encode_rune, iter_runes, rune_count, valid
from ..values import Slice
from .util import append_growing, go_bytes

MAX_RUNE = 0x10FFFF
_SPECIAL_LOWER = {0x130: 0x69}     # İ: simple lowercase is i (Python's full mapping adds a dot)
_SPECIAL_UPPER: dict[int, int] = {}


def to_upper(r: int) -> int:
    if r < 0x80:
        return r - 32 if 0x61 <= r <= 0x7A else r
    if r > MAX_RUNE or 0xD800 <= r <= 0xDFFF or r < 0:
        return r
    if r in _SPECIAL_UPPER:
        return _SPECIAL_UPPER[r]
    u = chr(r).upper()
    return ord(u) if len(u) == 1 else r


def to_lower(r: int) -> int:
    if r < 0x80:
        return r + 32 if 0x41 <= r <= 0x5A else r
    if r > MAX_RUNE or 0xD800 <= r <= 0xDFFF or r < 0:
        return r
    if r in _SPECIAL_LOWER:
        return _SPECIAL_LOWER[r]
    lo = chr(r).lower()
    return ord(lo) if len(lo) == 1 else r


def to_title(r: int) -> int:
    if r < 0x80:
        return to_upper(r)
    t = chr(r).title() if 0 <= r <= MAX_RUNE and not 0xD800 <= r <= 0xDFFF else ""
    return ord(t) if len(t) == 1 else r


def _cat(r: int) -> str:
    if r < 0 or r > MAX_RUNE or 0xD800 <= r <= 0xDFFF:
        return "Cn"
    return unicodedata.category(chr(r))


def is_space(r: int) -> bool:
    if r < 0x100:
        return r in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0)
    return r in (0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000) or 0x2000 <= r <= 0x200A


def is_letter(r: int) -> bool:
    if r < 0x80:
        return 0x41 <= r <= 0x5A or 0x61 <= r <= 0x7A
    return _cat(r).startswith("L")


def is_digit(r: int) -> bool:
    if r < 0x80:
        return 0x30 <= r <= 0x39
    return _cat(r) == "Nd"


def is_number(r: int) -> bool:
    return _cat(r).startswith("N")


def is_upper(r: int) -> bool:
    if r < 0x80:
        return 0x41 <= r <= 0x5A
    return _cat(r) == "Lu"


def is_lower(r: int) -> bool:
    if r < 0x80:
        return 0x61 <= r <= 0x7A
    return _cat(r) == "Ll"


def is_punct(r: int) -> bool:
    return _cat(r).startswith("P")


def is_print(r: int) -> bool:
    if r == 0x20:
        return True
    return _cat(r)[0] in "LMNPS"


def is_graphic(r: int) -> bool:
    return is_print(r) or _cat(r) == "Zs"


def is_control(r: int) -> bool:
    return 0 <= r < 0x20 or 0x7F <= r < 0xA0


def is_symbol(r: int) -> bool:
    return _cat(r).startswith("S")


def is_mark(r: int) -> bool:
    return _cat(r).startswith("M")


def rune_len(r: int) -> int:
    if r < 0:
        return -1
    if r < 0x80:
        return 1
    if r < 0x800:
        return 2
    if 0xD800 <= r <= 0xDFFF:
        return -1
    if r < 0x10000:
        return 3
    if r <= MAX_RUNE:
        return 4
    return -1


def _decode_last(b: bytes) -> tuple[int, int]:
    if not b:
        return RUNE_ERROR, 0
    start = len(b) - 1
    if b[start] < 0x80:
        return b[start], 1
    lim = max(len(b) - 4, 0)
    start -= 1
    while start >= lim:
        if (b[start] & 0xC0) != 0x80:
            break
        start -= 1
    start = max(start, 0)
    r, size = decode_rune(b, start)
    if start + size != len(b):
        return RUNE_ERROR, 1
    return r, size


def _bool1(f: Any) -> Any:
    return lambda m, a: f(a[0])


def _encode_rune(m: Any, a: list) -> int:
    p: Slice = a[0]
    e = encode_rune(a[1])
    if p.len < len(e):
        from ..panics import index_out_of_range
        raise index_out_of_range(len(e) - 1, p.len)
    p.arr[p.off:p.off + len(e)] = list(e)
    return len(e)


NATIVES = {
    "unicode.IsSpace": _bool1(is_space),
    "unicode.IsLetter": _bool1(is_letter),
    "unicode.IsDigit": _bool1(is_digit),
    "unicode.IsNumber": _bool1(is_number),
    "unicode.IsUpper": _bool1(is_upper),
    "unicode.IsLower": _bool1(is_lower),
    "unicode.IsPunct": _bool1(is_punct),
    "unicode.IsPrint": _bool1(is_print),
    "unicode.IsGraphic": _bool1(is_graphic),
    "unicode.IsControl": _bool1(is_control),
    "unicode.IsSymbol": _bool1(is_symbol),
    "unicode.IsMark": _bool1(is_mark),
    "unicode.ToUpper": _bool1(to_upper),
    "unicode.ToLower": _bool1(to_lower),
    "unicode.ToTitle": _bool1(to_title),
    "utf8.RuneCountInString": lambda m, a: rune_count(a[0]),
    "utf8.RuneCount": lambda m, a: rune_count(go_bytes(a[0])),
    "utf8.RuneLen": lambda m, a: rune_len(a[0]),
    "utf8.ValidString": lambda m, a: valid(a[0]),
    "utf8.Valid": lambda m, a: valid(go_bytes(a[0])),
    "utf8.ValidRune": lambda m, a: 0 <= a[0] <= MAX_RUNE and not 0xD800 <= a[0] <= 0xDFFF,
    "utf8.DecodeRuneInString": lambda m, a: list(decode_rune(a[0], 0)),
    "utf8.DecodeRune": lambda m, a: list(decode_rune(go_bytes(a[0]), 0)),
    "utf8.DecodeLastRuneInString": lambda m, a: list(_decode_last(a[0])),
    "utf8.DecodeLastRune": lambda m, a: list(_decode_last(go_bytes(a[0]))),
    "utf8.EncodeRune": _encode_rune,
    "utf8.AppendRune": lambda m, a: append_growing(m, a[0], list(encode_rune(a[1])), _byte()),
    "utf8.FullRuneInString": lambda m, a: decode_rune(a[0], 0)[1] > 1 or (
        bool(a[0]) and (a[0][0] < 0x80 or len(a[0]) >= 4)),
    "utf8.RuneStart": lambda m, a: a[0] & 0xC0 != 0x80,
}


def _byte() -> Any:
    from ...analysis.types import model as T
    return T.BYTE


__all__ = ["iter_runes"]
