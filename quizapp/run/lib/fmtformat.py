"""fmt's raw formatter (fmt/format.go): flags, padding, and numbers and strings.

``Fmt`` holds the flags of the verb being printed and writes one value at
a time into the buffer: integers in any base with sign, precision and zero
padding; floats through strconv's formatting with fmt's sign, ``#`` and
padding rules; strings truncated to a precision, hex-encoded or quoted.
Widths count runes, as fmt's do.
"""

from __future__ import annotations


from ...analysis.types import constant as C
from ..ftoa import format_float
from ..text import decode_rune, encode_rune, rune_count

LDIGITS = "0123456789abcdefx"
UDIGITS = "0123456789ABCDEFX"

def go_quote(b: bytes, ascii_only: bool = False) -> str:
    s = C.quote_string(b.decode("utf-8", "surrogateescape"))
    if ascii_only:
        out = []
        for ch in s:
            o = ord(ch)
            if o < 0x80:
                out.append(ch)
            elif o <= 0xFFFF:
                out.append(f"\\u{o:04x}")
            else:
                out.append(f"\\U{o:08x}")
        s = "".join(out)
    return s


def can_backquote(b: bytes) -> bool:
    s = b
    i = 0
    while i < len(s):
        r, w = decode_rune(s, i)
        i += w
        if w > 1:
            if r == 0xFEFF:
                return False
            continue
        if r == 0xFFFD:
            return False
        if (r < 0x20 and r != 9) or r == 0x60 or r == 0x7F:
            return False
    return True


class Fmt:
    """The flags of one verb and the buffer it prints into."""

    def __init__(self) -> None:
        self.buf = bytearray()
        self.clear()

    def clear(self) -> None:
        self.wid_present = self.prec_present = False
        self.minus = self.plus = self.sharp = self.space = self.zero = False
        self.plus_v = self.sharp_v = False
        self.wid = self.prec = 0

    def write(self, s: bytes | str) -> None:
        self.buf += s.encode() if isinstance(s, str) else s

    # ------------------------------------------------------------ padding (fmt.pad)
    def padding(self, n: int) -> None:
        if n > 0:
            self.buf += (b"0" if self.zero and not self.minus else b" ") * n

    def pad(self, b: bytes | str) -> None:
        if isinstance(b, str):
            b = b.encode()
        if not self.wid_present or self.wid == 0:
            self.buf += b
            return
        n = self.wid - rune_count(b)
        if not self.minus:
            self.padding(n)
            self.buf += b
        else:
            self.buf += b
            self.padding(n)

    # ------------------------------------------------------------ scalars (format.go)
    def fmt_integer(self, v: int, base: int, signed: bool, verb: str, digits: str) -> None:
        negative = signed and v < 0
        u = -v if negative else v
        prec = 0
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:
                old = self.zero
                self.zero = False
                self.padding(self.wid)
                self.zero = old
                return
        elif self.zero and not self.minus and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1
        if base == 10:
            s = str(u)
        elif base == 16:
            s = "".join(digits[int(c, 16)] for c in format(u, "x"))
        elif base == 8:
            s = format(u, "o")
        else:
            s = format(u, "b")
        if len(s) < prec:
            s = "0" * (prec - len(s)) + s
        if self.sharp:
            if base == 2:
                s = "0b" + s
            elif base == 8 and s[0] != "0":
                s = "0" + s
            elif base == 16:
                s = "0" + digits[16] + s
        if verb == "O":
            s = "0o" + s
        if negative:
            s = "-" + s
        elif self.plus:
            s = "+" + s
        elif self.space:
            s = " " + s
        old = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old

    def fmt_unicode(self, u: int) -> None:
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        s = format(u, "X")
        if len(s) < prec:
            s = "0" * (prec - len(s)) + s
        s = "U+" + s
        if self.sharp and u <= 0x10FFFF and chr(u).isprintable():
            s += " '" + encode_rune(u).decode("utf-8", "surrogateescape") + "'"
        old = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old

    def fmt_float(self, v: float, size: int, verb: str, prec: int) -> None:
        if self.prec_present:
            prec = self.prec
        num = format_float(v, verb, prec, size)
        if num[0] in "+-":
            sign, body = num[0], num[1:]
        else:
            sign, body = "+", num
        if self.space and sign == "+" and not self.plus:
            sign = " "
        if body[0] in "IN":
            old = self.zero
            self.zero = False
            if body[0] == "N" and not self.space and not self.plus:
                self.pad(body)
            else:
                self.pad(sign + body)
            self.zero = old
            return
        if self.sharp and verb != "b":
            digits = 0
            if verb in ("v", "g", "G", "x"):
                digits = prec if prec != -1 else 6
            tail = ""
            has_point = False
            saw_nonzero = False
            i = 0
            chars = list(body)
            while i < len(chars):
                c = chars[i]
                if c == ".":
                    has_point = True
                elif c in "pP" or (c in "eE" and verb not in "xX"):
                    tail = "".join(chars[i:])
                    chars = chars[:i]
                    break
                else:
                    if c != "0":
                        saw_nonzero = True
                    if saw_nonzero:
                        digits -= 1
                i += 1
            body = "".join(chars)
            if not has_point:
                if body == "0":
                    digits -= 1
                body += "."
            body += "0" * max(digits, 0) + tail
        if self.plus or sign != "+":
            if self.zero and not self.minus and self.wid_present and self.wid > len(body) + 1:
                self.write(sign)
                self.padding(self.wid - len(body) - 1)
                self.write(body)
                return
            self.pad(sign + body)
            return
        self.pad(body)

    def truncate(self, b: bytes) -> bytes:
        if self.prec_present:
            n = self.prec
            i = 0
            while i < len(b):
                n -= 1
                if n < 0:
                    return b[:i]
                _, w = decode_rune(b, i)
                i += w
        return b

    def fmt_s(self, b: bytes) -> None:
        self.pad(self.truncate(b))

    def fmt_sbx(self, b: bytes, digits: str) -> None:
        length = len(b)
        if self.prec_present and self.prec < length:
            length = self.prec
        w = 2 * length
        if w > 0:
            if self.space:
                if self.sharp:
                    w *= 2
                w += length - 1
            elif self.sharp:
                w += 2
        else:
            if self.wid_present:
                self.padding(self.wid)
            return
        if self.wid_present and self.wid > w and not self.minus:
            self.padding(self.wid - w)
        out = []
        if self.sharp:
            out.append("0" + digits[16])
        for i in range(length):
            if self.space and i > 0:
                out.append(" ")
                if self.sharp:
                    out.append("0" + digits[16])
            c = b[i]
            out.append(digits[c >> 4] + digits[c & 0xF])
        self.write("".join(out))
        if self.wid_present and self.wid > w and self.minus:
            self.padding(self.wid - w)

    def fmt_q(self, b: bytes) -> None:
        b = self.truncate(b)
        if self.sharp and can_backquote(b):
            self.pad(b"`" + b + b"`")
            return
        self.pad(go_quote(b, ascii_only=self.plus))

    def fmt_c(self, c: int) -> None:
        r = c if 0 <= c <= 0x10FFFF else 0xFFFD
        self.pad(encode_rune(r))

    def fmt_qc(self, c: int) -> None:
        r = c if 0 <= c <= 0x10FFFF else 0xFFFD
        q = C.quote_rune(r) if not (0xD800 <= r <= 0xDFFF) else "'\\ufffd'"
        if self.plus:
            q = "".join(ch if ord(ch) < 0x80 else (f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF
                                                    else f"\\U{ord(ch):08x}") for ch in q)
        self.pad(q)
