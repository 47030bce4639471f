"""UTF-8 as Go reads and writes it: strings are bytes, invalid bytes decode one at a time.

Go's decoder (``unicode/utf8.DecodeRune``) turns each byte that does not
start a valid sequence into U+FFFD of width 1; Python's replaces maximal
invalid runs, so decoding is done here by Go's rule, with a fast path for
valid text.
"""

from __future__ import annotations

RUNE_ERROR = 0xFFFD
_ERR = b"\xef\xbf\xbd"


def encode_rune(r: int) -> bytes:
    """UTF-8 of a rune; surrogates and values out of range become U+FFFD."""
    if 0 <= r < 0x80:
        return bytes((r,))
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return _ERR
    return chr(r).encode("utf-8")


def decode_rune(b: bytes, i: int = 0) -> tuple[int, int]:
    """The rune starting at ``b[i]`` and its width (RuneError, 1 for an invalid byte)."""
    n = len(b)
    if i >= n:
        return RUNE_ERROR, 0
    c0 = b[i]
    if c0 < 0x80:
        return c0, 1
    if 0xC2 <= c0 <= 0xDF:
        need, lo, hi, cp = 1, 0x80, 0xBF, c0 & 0x1F
    elif 0xE0 <= c0 <= 0xEF:
        need, cp = 2, c0 & 0x0F
        lo, hi = (0xA0, 0xBF) if c0 == 0xE0 else (0x80, 0x9F) if c0 == 0xED else (0x80, 0xBF)
    elif 0xF0 <= c0 <= 0xF4:
        need, cp = 3, c0 & 0x07
        lo, hi = (0x90, 0xBF) if c0 == 0xF0 else (0x80, 0x8F) if c0 == 0xF4 else (0x80, 0xBF)
    else:
        return RUNE_ERROR, 1
    if i + need >= n:
        return RUNE_ERROR, 1
    c1 = b[i + 1]
    if not lo <= c1 <= hi:
        return RUNE_ERROR, 1
    cp = (cp << 6) | (c1 & 0x3F)
    for k in range(2, need + 1):
        ck = b[i + k]
        if not 0x80 <= ck <= 0xBF:
            return RUNE_ERROR, 1
        cp = (cp << 6) | (ck & 0x3F)
    return cp, need + 1


def iter_runes(b: bytes) -> list[tuple[int, int]]:
    """(byte index, rune) of each rune, as ``for i, r := range s`` visits them."""
    if b.isascii():
        return list(enumerate(b))
    out = []
    i = 0
    n = len(b)
    while i < n:
        r, w = decode_rune(b, i)
        out.append((i, r))
        i += w
    return out


def decode_runes(b: bytes) -> list[int]:
    if b.isascii():
        return list(b)
    try:
        return [ord(c) for c in b.decode("utf-8")]
    except UnicodeDecodeError:
        return [r for _, r in iter_runes(b)]


def rune_count(b: bytes) -> int:
    if b.isascii():
        return len(b)
    try:
        return len(b.decode("utf-8"))
    except UnicodeDecodeError:
        return len(iter_runes(b))


def valid(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
