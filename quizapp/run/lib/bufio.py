"""Package bufio: Scanner and Reader over standard input or any io.Reader, and Writer.

A Scanner or Reader reads its source to the end on first use and hands
out lines, words or runes from there (programs read all of standard
input; quizapp's own standard input is read before the run). A Writer
buffers 4096 bytes as Go's does, so its output interleaves with direct
writes exactly as in Go.
"""

from __future__ import annotations

from typing import Any

from ..errors import CannotRun
from ..panics import nil_deref
from ..text import decode_rune, encode_rune
from ..values import Func, Ptr, zero
from .gotypes import std_type
from .util import byte_slice, go_bytes

DEFAULT_SIZE = 4096


class _Source:
    def __init__(self, m: Any, reader: Any) -> None:
        self.m = m
        self.reader = reader
        self.data: bytes | None = None
        self.pos = 0
        self.split = "lines"
        self.token = b""
        self.done = False

    def load(self) -> bytes:
        if self.data is None:
            from .io import read_all
            from .os import fd_of
            r = self.reader
            if r is not None and hasattr(r.v, "c") and fd_of(self.m, r.v) == 0:
                self.data = self.m.stdin[self.m.stdin_pos:]
                self.m.stdin_pos = len(self.m.stdin)
            else:
                self.data, _ = read_all(self.m, r)
        return self.data


def _state(m: Any, p: Ptr | None) -> _Source:
    if p is None:
        raise nil_deref()
    st = m.lib_state.setdefault("bufio", {}).get((id(p.c), p.o))
    if st is None:
        raise CannotRun(None, "a bufio value not made by its New function")
    return st


def _new(m: Any, tname: str, reader: Any) -> Ptr:
    t = std_type(m, "bufio", tname)
    p = Ptr(zero(t), 0)
    m.lib_state.setdefault("bufio", {})[(id(p.c), p.o)] = _Source(m, reader)
    m.lib_state.setdefault("bufio_keep", []).append(p.c)
    return p


def _scan(m: Any, a: list) -> bool:
    st = _state(m, a[0])
    data = st.load()
    if st.done:
        return False
    i = st.pos
    if st.split == "words":
        from .unicode import is_space
        while i < len(data):
            r, w = decode_rune(data, i)
            if not is_space(r):
                break
            i += w
        if i >= len(data):
            st.done = True
            return False
        j = i
        while j < len(data):
            r, w = decode_rune(data, j)
            if is_space(r):
                break
            j += w
        st.token = data[i:j]
        st.pos = j
        return True
    if i >= len(data):
        st.done = True
        return False
    if st.split == "runes":
        r, w = decode_rune(data, i)
        st.token = data[i:i + w] if r != 0xFFFD or w != 1 else b"\xef\xbf\xbd"
        st.pos = i + w
        return True
    if st.split == "bytes":
        st.token = data[i:i + 1]
        st.pos = i + 1
        return True
    j = data.find(b"\n", i)
    if j < 0:
        tok, st.pos = data[i:], len(data)
    else:
        tok, st.pos = data[i:j], j + 1
    if tok.endswith(b"\r"):
        tok = tok[:-1]
    st.token = tok
    return True


def _split(m: Any, a: list) -> None:
    st = _state(m, a[0])
    f = a[1]
    name = f.name if isinstance(f, Func) else ""
    kinds = {"bufio.ScanLines": "lines", "bufio.ScanWords": "words", "bufio.ScanRunes": "runes",
             "bufio.ScanBytes": "bytes"}
    if name not in kinds:
        raise CannotRun(None, "a bufio.Scanner with a split function of the program's own")
    st.split = kinds[name]


def _read_string(m: Any, a: list) -> list:
    st = _state(m, a[0])
    data = st.load()
    i = st.pos
    j = data.find(bytes((a[1],)), i)
    if j < 0:
        st.pos = len(data)
        from .io import eof
        return [data[i:], eof(m)]
    st.pos = j + 1
    return [data[i:j + 1], None]


def _read_rune(m: Any, a: list) -> list:
    st = _state(m, a[0])
    data = st.load()
    if st.pos >= len(data):
        from .io import eof
        return [0, 0, eof(m)]
    r, w = decode_rune(data, st.pos)
    st.pos += w
    return [r, w, None]


# ---------------------------------------------------------------- Writer

def _w_write(m: Any, p: Ptr, data: bytes) -> list:
    st = _state(m, p)
    buf = getattr(st, "wbuf", b"") + data
    while len(buf) >= DEFAULT_SIZE:
        from .fmt import fwrite
        fwrite(m, st.reader, buf[:DEFAULT_SIZE])
        buf = buf[DEFAULT_SIZE:]
    st.wbuf = buf  # type: ignore[attr-defined]
    return [len(data), None]


def _w_flush(m: Any, a: list) -> Any:
    st = _state(m, a[0])
    buf = getattr(st, "wbuf", b"")
    st.wbuf = b""  # type: ignore[attr-defined]
    if buf:
        from .fmt import fwrite
        _, err = fwrite(m, st.reader, buf)
        return err
    return None


NATIVES = {
    "bufio.NewScanner": lambda m, a: _new(m, "Scanner", a[0]),
    "bufio.NewReader": lambda m, a: _new(m, "Reader", a[0]),
    "bufio.NewWriter": lambda m, a: _new(m, "Writer", a[0]),
    "(*bufio.Scanner).Scan": _scan,
    "(*bufio.Scanner).Text": lambda m, a: _state(m, a[0]).token,
    "(*bufio.Scanner).Bytes": lambda m, a: byte_slice(_state(m, a[0]).token),
    "(*bufio.Scanner).Err": lambda m, a: None,
    "(*bufio.Scanner).Split": _split,
    "(*bufio.Scanner).Buffer": lambda m, a: None,
    "(*bufio.Reader).ReadString": _read_string,
    "(*bufio.Reader).ReadRune": _read_rune,
    "(*bufio.Writer).WriteString": lambda m, a: _w_write(m, a[0], a[1]),
    "(*bufio.Writer).Write": lambda m, a: _w_write(m, a[0], go_bytes(a[1])),
    "(*bufio.Writer).WriteByte": lambda m, a: _w_write(m, a[0], bytes((a[1],)))[1],
    "(*bufio.Writer).WriteRune": lambda m, a: _w_write(m, a[0], encode_rune(a[1])),
    "(*bufio.Writer).Flush": _w_flush,
}
