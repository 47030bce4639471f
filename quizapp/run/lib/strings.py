"""Package strings: the functions, ``strings.Builder`` and ``strings.Reader``.

Builder keeps Go's layout (``addr``, ``buf``) in the program's memory and
grows ``buf`` as append grows it, so ``Len``, ``Cap`` and a ``%v`` of a
struct holding one print what Go prints.
"""

from __future__ import annotations

from typing import Any

from ...analysis.types import model as T
from ..panics import plain
from ..text import decode_rune, encode_rune, iter_runes, rune_count
from ..values import Ptr, Slice
from .gotypes import std_type
from .unicode import is_space, to_lower, to_title, to_upper
from .util import Fields, append_growing, byte_slice, go_bytes, items, strings_slice


def _runes(s: bytes) -> list[bytes]:
    """Each rune of ``s`` as its own string (an invalid byte alone)."""
    out = []
    i = 0
    while i < len(s):
        _, w = decode_rune(s, i)
        out.append(s[i:i + w])
        i += w
    return out


def explode(s: bytes, n: int) -> list[bytes]:
    parts = _runes(s)
    if 0 < n < len(parts):
        parts = parts[:n - 1] + [b"".join(parts[n - 1:])]
    return parts


def split(s: bytes, sep: bytes, n: int, after: bool = False) -> list[bytes] | None:
    if n == 0:
        return None
    if not sep:
        return explode(s, n)
    parts = s.split(sep) if n < 0 else s.split(sep, n - 1)
    if after:
        parts = [p + sep for p in parts[:-1]] + parts[-1:]
    return parts


def fields(s: bytes) -> list[bytes]:
    out = []
    cur = bytearray()
    inside = False
    for i, r in iter_runes(s):
        w = decode_rune(s, i)[1]
        if is_space(r):
            if inside:
                out.append(bytes(cur))
                cur = bytearray()
                inside = False
        else:
            cur += s[i:i + w]
            inside = True
    if inside:
        out.append(bytes(cur))
    return out


def map_runes(s: bytes, f: Any) -> bytes:
    if s.isascii():
        return bytes(f(c) for c in s)
    out = bytearray()
    for _, r in iter_runes(s):
        out += encode_rune(f(r))
    return bytes(out)


def _cutset(cutset: bytes) -> set[int]:
    return {r for _, r in iter_runes(cutset)}


def trim_left(s: bytes, pred: Any) -> bytes:
    i = 0
    while i < len(s):
        r, w = decode_rune(s, i)
        if not pred(r):
            break
        i += w
    return s[i:]


def trim_right(s: bytes, pred: Any) -> bytes:
    end = len(s)
    while end > 0:
        from .unicode import _decode_last
        r, w = _decode_last(s[:end])
        if not pred(r):
            break
        end -= w
    return s[:end]


def index_rune(s: bytes, r: int) -> int:
    if 0 <= r < 0x80:
        return s.find(bytes((r,)))
    for i, x in iter_runes(s):
        if x == r:
            return i
    return -1


def replace(s: bytes, old: bytes, new: bytes, n: int) -> bytes:
    if old == new or n == 0:
        return s
    if old:
        return s.replace(old, new, n if n >= 0 else -1)
    parts = _runes(s)
    out = bytearray()
    done = 0
    for p in parts:
        if n < 0 or done < n:
            out += new
            done += 1
        out += p
    if n < 0 or done < n:
        out += new
    return bytes(out)


def equal_fold(a: bytes, b: bytes) -> bool:
    ra = [r for _, r in iter_runes(a)]
    rb = [r for _, r in iter_runes(b)]
    if len(ra) != len(rb):
        return False
    return all(x == y or to_lower(x) == to_lower(y) or to_upper(x) == to_upper(y)
               for x, y in zip(ra, rb))


def _pred(m: Any, f: Any) -> Any:
    return lambda r: m.call_value(f, [r], m.sched.current)


def _index_func(m: Any, s: bytes, f: Any, want: bool = True) -> int:
    call = _pred(m, f)
    for i, r in iter_runes(s):
        if bool(call(r)) == want:
            return i
    return -1


def _last_index_func(m: Any, s: bytes, f: Any) -> int:
    call = _pred(m, f)
    last = -1
    for i, r in iter_runes(s):
        if call(r):
            last = i
    return last


def _fields_func(m: Any, s: bytes, f: Any) -> list[bytes]:
    call = _pred(m, f)
    out = []
    start = -1
    for i, r in iter_runes(s):
        if call(r):
            if start >= 0:
                out.append(s[start:i])
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        out.append(s[start:])
    return out


def _repeat(s: bytes, n: int) -> bytes:
    if n < 0:
        raise plain("strings: negative Repeat count")
    if len(s) * n > (1 << 26):
        from ..values import TooLarge
        raise TooLarge(f"strings.Repeat of {len(s) * n:,} bytes")
    return s * n


def _compare(a: bytes, b: bytes) -> int:
    return (a > b) - (a < b)


def _title(s: bytes) -> bytes:
    out = bytearray()
    prev = 0x20
    for _, r in iter_runes(s):
        out += encode_rune(to_title(r) if _is_separator(prev) else r)
        prev = r
    return bytes(out)


def _is_separator(r: int) -> bool:
    from .unicode import is_digit, is_letter
    if r <= 0x7F:
        if 0x30 <= r <= 0x39 or 0x61 <= r <= 0x7A or 0x41 <= r <= 0x5A or r == 0x5F:
            return False
        return True
    if is_letter(r) or is_digit(r):
        return False
    return is_space(r)


def _slice_or_nil(parts: list[bytes] | None) -> Slice:
    from ..values import NIL_SLICE
    return NIL_SLICE if parts is None else strings_slice(parts)


# ---------------------------------------------------------------- Builder

def _builder(m: Any, p: Ptr) -> Fields:
    if p is None:
        from ..panics import nil_deref
        raise nil_deref()
    f = Fields(p, std_type(m, "strings", "Builder"))
    addr = f["addr"]
    if addr is None:
        f["addr"] = p
    elif addr != p:
        raise plain("strings: illegal use of non-zero Builder copied by value")
    return f


def _b_append(m: Any, a: list, data: bytes) -> Fields:
    f = _builder(m, a[0])
    f["buf"] = append_growing(m, f["buf"], list(data), T.BYTE)
    return f


def _b_grow(m: Any, a: list) -> None:
    f = _builder(m, a[0])
    n = a[1]
    if n < 0:
        raise plain("strings.Builder.Grow: negative count")
    buf: Slice = f["buf"]
    if buf.cap - buf.len < n:
        c = m.sizes.roundupsize(2 * buf.cap + n, True)
        arr = [0] * c
        arr[:buf.len] = go_bytes(buf)
        f["buf"] = Slice(arr, 0, buf.len, c)


def _b_get(m: Any, p: Ptr) -> Slice:
    if p is None:
        from ..panics import nil_deref
        raise nil_deref()
    return Fields(p, std_type(m, "strings", "Builder"))["buf"]


def _b_reset(m: Any, a: list) -> None:
    from ..values import NIL_SLICE
    f = Fields(a[0], std_type(m, "strings", "Builder"))
    f["addr"] = None
    f["buf"] = NIL_SLICE


# ---------------------------------------------------------------- Reader

def _reader(m: Any, a: list) -> Ptr:
    t = std_type(m, "strings", "Reader")
    from ..values import zero
    cell = zero(t)
    p = Ptr(cell, 0)
    f = Fields(p, t)
    f["s"] = a[0]
    f["i"] = 0
    f["prevRune"] = -1
    return p


def _r_read(m: Any, a: list) -> list:
    f = Fields(a[0], std_type(m, "strings", "Reader"))
    s, i = f["s"], f["i"]
    b: Slice = a[1]
    if i >= len(s):
        from .io import eof
        return [0, eof(m)]
    f["prevRune"] = -1
    chunk = s[i:i + b.len]
    b.arr[b.off:b.off + len(chunk)] = list(chunk)
    f["i"] = i + len(chunk)
    return [len(chunk), None]


def _r_len(m: Any, a: list) -> int:
    f = Fields(a[0], std_type(m, "strings", "Reader"))
    return max(len(f["s"]) - f["i"], 0)


def _r_read_byte(m: Any, a: list) -> list:
    f = Fields(a[0], std_type(m, "strings", "Reader"))
    s, i = f["s"], f["i"]
    f["prevRune"] = -1
    if i >= len(s):
        from .io import eof
        return [0, eof(m)]
    f["i"] = i + 1
    return [s[i], None]


def _r_read_rune(m: Any, a: list) -> list:
    f = Fields(a[0], std_type(m, "strings", "Reader"))
    s, i = f["s"], f["i"]
    if i >= len(s):
        f["prevRune"] = -1
        from .io import eof
        return [0, 0, eof(m)]
    f["prevRune"] = i
    r, w = decode_rune(s, i)
    f["i"] = i + w
    return [r, w, None]


NATIVES = {
    "strings.Contains": lambda m, a: a[1] in a[0],
    "strings.ContainsRune": lambda m, a: index_rune(a[0], a[1]) >= 0,
    "strings.ContainsAny": lambda m, a: any(index_rune(a[0], r) >= 0 for _, r in iter_runes(a[1])),
    "strings.ContainsFunc": lambda m, a: _index_func(m, a[0], a[1]) >= 0,
    "strings.Count": lambda m, a: rune_count(a[0]) + 1 if not a[1] else a[0].count(a[1]),
    "strings.HasPrefix": lambda m, a: a[0].startswith(a[1]),
    "strings.HasSuffix": lambda m, a: a[0].endswith(a[1]),
    "strings.Index": lambda m, a: a[0].find(a[1]),
    "strings.IndexByte": lambda m, a: a[0].find(bytes((a[1],))),
    "strings.IndexRune": lambda m, a: index_rune(a[0], a[1]),
    "strings.IndexAny": lambda m, a: min([i for i, r in iter_runes(a[0]) if index_rune(a[1], r) >= 0],
                                         default=-1),
    "strings.IndexFunc": lambda m, a: _index_func(m, a[0], a[1]),
    "strings.LastIndex": lambda m, a: a[0].rfind(a[1]),
    "strings.LastIndexByte": lambda m, a: a[0].rfind(bytes((a[1],))),
    "strings.LastIndexFunc": lambda m, a: _last_index_func(m, a[0], a[1]),
    "strings.Split": lambda m, a: _slice_or_nil(split(a[0], a[1], -1)),
    "strings.SplitN": lambda m, a: _slice_or_nil(split(a[0], a[1], a[2])),
    "strings.SplitAfter": lambda m, a: _slice_or_nil(split(a[0], a[1], -1, after=True)),
    "strings.SplitAfterN": lambda m, a: _slice_or_nil(split(a[0], a[1], a[2], after=True)),
    "strings.Fields": lambda m, a: strings_slice(fields(a[0])),
    "strings.FieldsFunc": lambda m, a: strings_slice(_fields_func(m, a[0], a[1])),
    "strings.Join": lambda m, a: a[1].join(items(a[0], T.STRING)),
    "strings.Repeat": lambda m, a: _repeat(a[0], a[1]),
    "strings.Replace": lambda m, a: replace(a[0], a[1], a[2], a[3]),
    "strings.ReplaceAll": lambda m, a: replace(a[0], a[1], a[2], -1),
    "strings.ToUpper": lambda m, a: a[0].upper() if a[0].isascii() else map_runes(a[0], to_upper),
    "strings.ToLower": lambda m, a: a[0].lower() if a[0].isascii() else map_runes(a[0], to_lower),
    "strings.ToTitle": lambda m, a: map_runes(a[0], to_title),
    "strings.Title": lambda m, a: _title(a[0]),
    "strings.TrimSpace": lambda m, a: trim_right(trim_left(a[0], is_space), is_space),
    "strings.Trim": lambda m, a: (lambda cs: trim_right(trim_left(a[0], cs.__contains__),
                                                        cs.__contains__))(_cutset(a[1])),
    "strings.TrimLeft": lambda m, a: trim_left(a[0], _cutset(a[1]).__contains__),
    "strings.TrimRight": lambda m, a: trim_right(a[0], _cutset(a[1]).__contains__),
    "strings.TrimFunc": lambda m, a: trim_right(trim_left(a[0], _pred(m, a[1])), _pred(m, a[1])),
    "strings.TrimLeftFunc": lambda m, a: trim_left(a[0], _pred(m, a[1])),
    "strings.TrimRightFunc": lambda m, a: trim_right(a[0], _pred(m, a[1])),
    "strings.TrimPrefix": lambda m, a: a[0][len(a[1]):] if a[0].startswith(a[1]) else a[0],
    "strings.TrimSuffix": lambda m, a: a[0][:len(a[0]) - len(a[1])] if a[1] and a[0].endswith(a[1])
    else a[0],
    "strings.EqualFold": lambda m, a: equal_fold(a[0], a[1]),
    "strings.Compare": lambda m, a: _compare(a[0], a[1]),
    "strings.Cut": lambda m, a: (lambda i: [a[0][:i], a[0][i + len(a[1]):], True] if i >= 0
                                 else [a[0], b"", False])(a[0].find(a[1])),
    "strings.CutPrefix": lambda m, a: [a[0][len(a[1]):], True] if a[0].startswith(a[1])
    else [a[0], False],
    "strings.CutSuffix": lambda m, a: [a[0][:len(a[0]) - len(a[1])], True]
    if a[0].endswith(a[1]) else [a[0], False],
    "strings.Map": lambda m, a: _map(m, a[0], a[1]),
    "strings.NewReader": _reader,
    "(*strings.Builder).WriteString": lambda m, a: [len(a[1]), None] if _b_append(m, a, a[1]) else None,
    "(*strings.Builder).Write": lambda m, a: [a[1].len, None] if _b_append(m, a, go_bytes(a[1]))
    else None,
    "(*strings.Builder).WriteByte": lambda m, a: None if _b_append(m, a, bytes((a[1],))) else None,
    "(*strings.Builder).WriteRune": lambda m, a: [len(encode_rune(a[1])), None]
    if _b_append(m, a, encode_rune(a[1])) else None,
    "(*strings.Builder).String": lambda m, a: go_bytes(_b_get(m, a[0])),
    "(*strings.Builder).Len": lambda m, a: _b_get(m, a[0]).len,
    "(*strings.Builder).Cap": lambda m, a: _b_get(m, a[0]).cap,
    "(*strings.Builder).Grow": _b_grow,
    "(*strings.Builder).Reset": _b_reset,
    "(*strings.Reader).Read": _r_read,
    "(*strings.Reader).Len": _r_len,
    "(*strings.Reader).ReadByte": _r_read_byte,
    "(*strings.Reader).ReadRune": _r_read_rune,
}


def _map(m: Any, f: Any, s: bytes) -> bytes:
    out = bytearray()
    call = _pred(m, f)
    for _, r in iter_runes(s):
        x = call(r)
        if x >= 0:
            out += encode_rune(x)
    return bytes(out)


__all__ = ["byte_slice"]
