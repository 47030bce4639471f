"""Package bytes: ``bytes.Buffer`` (grown as Go grows it) and the common functions."""

from __future__ import annotations

from typing import Any

from ...analysis.types import model as T
from ..panics import nil_deref, plain
from ..text import decode_rune, encode_rune
from ..values import NIL_SLICE, Ptr, Slice, zero
from .gotypes import std_type
from .strings import equal_fold, fields, map_runes, split, trim_left, trim_right
from .unicode import is_space, to_lower, to_upper
from .util import Fields, byte_slice, go_bytes, items

SMALL = 64


def _buf(m: Any, p: Ptr | None) -> Fields:
    if p is None:
        raise nil_deref()
    return Fields(p, std_type(m, "bytes", "Buffer"))


def _unread(f: Fields) -> bytes:
    b: Slice = f["buf"]
    if b.arr is None:
        return b""
    return bytes(b.arr[b.off + f["off"]:b.off + b.len])


def _grow(m: Any, f: Fields, n: int) -> int:
    """Buffer.grow: room for n more bytes; the index where they go."""
    buf: Slice = f["buf"]
    length = buf.len - f["off"]
    if length == 0 and f["off"] != 0:
        f["buf"] = buf = Slice(buf.arr, buf.off, 0, buf.cap)
        f["off"] = 0
    if n <= buf.cap - buf.len:
        f["buf"] = Slice(buf.arr, buf.off, buf.len + n, buf.cap)
        return buf.len
    if buf.arr is None and n <= SMALL:
        f["buf"] = Slice([0] * SMALL, 0, n, SMALL)
        return 0
    c = buf.cap
    off = f["off"]
    if n <= c // 2 - length:
        data = _unread(f)
        buf.arr[buf.off:buf.off + length] = list(data)
        newbuf = Slice(buf.arr, buf.off, length + n, buf.cap)
    else:
        want = length + n
        if want < 2 * c:
            want = 2 * c
        cap = m.sizes.roundupsize(want, True)
        arr = [0] * cap
        arr[:length] = list(buf.arr[buf.off + off:buf.off + buf.len]) if buf.arr is not None else []
        newbuf = Slice(arr, 0, length + n, cap)
    f["buf"] = newbuf
    f["off"] = 0
    return length


def _write(m: Any, p: Ptr, data: bytes) -> int:
    f = _buf(m, p)
    f["lastRead"] = 0
    i = _grow(m, f, len(data))
    b: Slice = f["buf"]
    b.arr[b.off + i:b.off + i + len(data)] = list(data)
    return len(data)


def _string(m: Any, a: list) -> bytes:
    if a[0] is None:
        return b"<nil>"
    return _unread(_buf(m, a[0]))


def _reset(m: Any, a: list) -> None:
    f = _buf(m, a[0])
    b: Slice = f["buf"]
    f["buf"] = Slice(b.arr, b.off, 0, b.cap) if b.arr is not None else NIL_SLICE
    f["off"] = 0
    f["lastRead"] = 0


def _read(m: Any, a: list) -> list:
    f = _buf(m, a[0])
    p: Slice = a[1]
    f["lastRead"] = 0
    data = _unread(f)
    if not data:
        _reset(m, a[:1])
        if p.len == 0:
            return [0, None]
        from .io import eof
        return [0, eof(m)]
    n = min(p.len, len(data))
    p.arr[p.off:p.off + n] = list(data[:n])
    f["off"] = f["off"] + n
    return [n, None]


def _read_string(m: Any, a: list) -> list:
    f = _buf(m, a[0])
    data = _unread(f)
    i = data.find(bytes((a[1],)))
    if i < 0:
        f["off"] = f["off"] + len(data)
        from .io import eof
        return [data, eof(m)]
    f["off"] = f["off"] + i + 1
    return [data[:i + 1], None]


def _read_byte(m: Any, a: list) -> list:
    f = _buf(m, a[0])
    data = _unread(f)
    if not data:
        _reset(m, a[:1])
        from .io import eof
        return [0, eof(m)]
    f["off"] = f["off"] + 1
    return [data[0], None]


def _new_buffer(m: Any, buf: Slice) -> Ptr:
    t = std_type(m, "bytes", "Buffer")
    p = Ptr(zero(t), 0)
    Fields(p, t)["buf"] = buf
    return p


def _truncate(m: Any, a: list) -> None:
    f = _buf(m, a[0])
    n = a[1]
    if n == 0:
        _reset(m, a[:1])
        return
    f["lastRead"] = 0
    length = f["buf"].len - f["off"]
    if n < 0 or n > length:
        raise plain("bytes.Buffer: truncation out of range")
    b: Slice = f["buf"]
    f["buf"] = Slice(b.arr, b.off, f["off"] + n, b.cap)


def _bslice(b: bytes) -> Slice:
    return byte_slice(b)


def _bslices(parts: list[bytes] | None) -> Slice:
    if parts is None:
        return NIL_SLICE
    vals = [byte_slice(p) for p in parts]
    return Slice(vals, 0, len(vals), len(vals))


NATIVES = {
    "(*bytes.Buffer).Write": lambda m, a: [_write(m, a[0], go_bytes(a[1])), None],
    "(*bytes.Buffer).WriteString": lambda m, a: [_write(m, a[0], a[1]), None],
    "(*bytes.Buffer).WriteByte": lambda m, a: (_write(m, a[0], bytes((a[1],))), None)[1],
    "(*bytes.Buffer).WriteRune": lambda m, a: [_write(m, a[0], encode_rune(a[1])), None],
    "(*bytes.Buffer).String": _string,
    "(*bytes.Buffer).Len": lambda m, a: len(_unread(_buf(m, a[0]))),
    "(*bytes.Buffer).Cap": lambda m, a: _buf(m, a[0])["buf"].cap,
    "(*bytes.Buffer).Bytes": lambda m, a: (lambda f: Slice(f["buf"].arr, f["buf"].off + f["off"],
                                                             f["buf"].len - f["off"],
                                                             f["buf"].cap - f["off"])
                                           if f["buf"].arr is not None else NIL_SLICE)(_buf(m, a[0])),
    "(*bytes.Buffer).Reset": _reset,
    "(*bytes.Buffer).Truncate": _truncate,
    "(*bytes.Buffer).Grow": lambda m, a: (_grow_public(m, a)),
    "(*bytes.Buffer).Read": _read,
    "(*bytes.Buffer).ReadString": _read_string,
    "(*bytes.Buffer).ReadByte": _read_byte,
    "bytes.NewBuffer": lambda m, a: _new_buffer(m, a[0]),
    "bytes.NewBufferString": lambda m, a: _new_buffer(m, byte_slice(a[0], m.sizes.roundupsize(
        len(a[0]), True))),
    "bytes.Equal": lambda m, a: go_bytes(a[0]) == go_bytes(a[1]),
    "bytes.Compare": lambda m, a: (lambda x, y: (x > y) - (x < y))(go_bytes(a[0]), go_bytes(a[1])),
    "bytes.Contains": lambda m, a: go_bytes(a[1]) in go_bytes(a[0]),
    "bytes.HasPrefix": lambda m, a: go_bytes(a[0]).startswith(go_bytes(a[1])),
    "bytes.HasSuffix": lambda m, a: go_bytes(a[0]).endswith(go_bytes(a[1])),
    "bytes.Index": lambda m, a: go_bytes(a[0]).find(go_bytes(a[1])),
    "bytes.IndexByte": lambda m, a: go_bytes(a[0]).find(bytes((a[1],))),
    "bytes.EqualFold": lambda m, a: equal_fold(go_bytes(a[0]), go_bytes(a[1])),
    "bytes.Split": lambda m, a: _bslices(split(go_bytes(a[0]), go_bytes(a[1]), -1)),
    "bytes.Fields": lambda m, a: _bslices(fields(go_bytes(a[0]))),
    "bytes.Join": lambda m, a: _bslice(go_bytes(a[1]).join(go_bytes(s) for s in items(
        a[0], T.Slice(T.BYTE)))),
    "bytes.ToUpper": lambda m, a: _bslice(map_runes(go_bytes(a[0]), to_upper)),
    "bytes.ToLower": lambda m, a: _bslice(map_runes(go_bytes(a[0]), to_lower)),
    "bytes.TrimSpace": lambda m, a: _bslice(trim_right(trim_left(go_bytes(a[0]), is_space), is_space)),
}


def _grow_public(m: Any, a: list) -> None:
    f = _buf(m, a[0])
    n = a[1]
    if n < 0:
        raise plain("bytes.Buffer.Grow: negative count")
    i = _grow(m, f, n)
    b: Slice = f["buf"]
    f["buf"] = Slice(b.arr, b.off, i, b.cap)


__all__ = ["decode_rune"]
