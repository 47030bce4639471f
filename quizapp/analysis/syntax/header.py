"""What the go command refuses before the compiler sees the file: its header.

``go build`` first reads each file's header, the package clause and the
imports (``go/build``'s import reader), to find the packages to build.
A NUL byte read there stops it ("read ./main.go: unexpected NUL in
input"); so does a header its reader cannot follow, in which case the
whole file is read (and a NUL anywhere stops it) and ``go/parser`` words
the error ("main.go:1:1: expected 'package', found 'func'"). Only a file
that passes gets to gc.
"""

from __future__ import annotations

from ..errors import FILE, FILE_BASE, CompileError, Pos

SPACE = b" \f\t\r\n;"


class _Reader:
    """go/build's importReader: bytes consumed, a syntax error, or a NUL."""

    def __init__(self, src: bytes) -> None:
        self.src = src
        self.i = 0
        self.syntax = False

    def peek(self, skip_space: bool) -> int:
        while self.i < len(self.src) and not self.syntax:
            c = self.src[self.i]
            if not skip_space:
                return c
            if c in SPACE:
                self.i += 1
            elif c == 0x2F:  # '/'
                nxt = self.src[self.i + 1:self.i + 2]
                if nxt == b"/":
                    j = self.src.find(b"\n", self.i)
                    self.i = len(self.src) if j < 0 else j
                elif nxt == b"*":
                    j = self.src.find(b"*/", self.i + 2)
                    if j < 0:
                        self.syntax = True
                        return -1
                    self.i = j + 2
                else:
                    self.syntax = True
            else:
                return c
        return -1

    def keyword(self, kw: bytes) -> None:
        self.peek(True)
        if not self.src.startswith(kw, self.i):
            self.syntax = True
            return
        self.i += len(kw)
        if self.i < len(self.src) and _is_ident(self.src[self.i]):
            self.syntax = True

    def ident(self) -> None:
        c = self.peek(True)
        if c < 0 or not _is_ident(c):
            self.syntax = True
            return
        while self.i < len(self.src) and _is_ident(self.src[self.i]):
            self.i += 1

    def string(self) -> None:
        c = self.peek(True)
        if c == 0x60:  # raw string
            j = self.src.find(b"`", self.i + 1)
            if j < 0:
                self.syntax = True
                return
            self.i = j + 1
        elif c == 0x22:
            j = self.i + 1
            while j < len(self.src) and self.src[j] not in (0x22, 0x0A):
                j += 2 if self.src[j] == 0x5C else 1
            if j >= len(self.src) or self.src[j] != 0x22:
                self.syntax = True
                return
            self.i = j + 1
        else:
            self.syntax = True

    def import_spec(self) -> None:
        c = self.peek(True)
        if c == 0x2E:  # '.'
            self.i += 1
        elif c >= 0 and _is_ident(c):
            self.ident()
        self.string()


def _is_ident(c: int) -> bool:
    return c == 0x5F or 0x30 <= c <= 0x39 or 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A or c >= 0x80


def header_error(src: bytes) -> CompileError | None:
    """The go command's complaint about the file's header, if it has one."""
    if b"\x00" not in src and _starts_with_package(src):
        return None  # the usual file: nothing for the go command to say
    r = _Reader(src)
    r.keyword(b"package")
    r.ident()
    while not r.syntax and r.peek(True) == 0x69:  # 'i'
        r.keyword(b"import")
        if r.syntax:
            break
        if r.peek(True) == 0x28:  # '('
            r.i += 1
            while not r.syntax and r.peek(True) not in (0x29, -1):
                r.import_spec()
            r.i += 1
        else:
            r.import_spec()
    end = len(src) if r.syntax else min(len(src), r.i + 1)
    nul = src.find(b"\x00", 0, end)
    if nul >= 0:
        return CompileError(_pos(src, nul), f"read {FILE}: unexpected NUL in input", positioned=False)
    if r.syntax and not _starts_with_package(src):
        i = _first_parser_token(src)
        pos = _eof_pos(src) if i >= len(src) else _pos(src, i)
        message = _token_error(src, i) or f"expected 'package', found {_token_at(src, i)}"
        return CompileError(pos, f"{FILE_BASE}:{pos}: {message}", positioned=False)
    return None


def _starts_with_package(src: bytes) -> bool:
    i = _first_token(src)
    return src.startswith(b"package", i) and not (i + 7 < len(src) and _is_ident(src[i + 7]))


def _first_token(src: bytes) -> int:
    r = _Reader(src)
    r.peek(True)
    return r.i


OPERATORS = sorted(["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=",
                    "&=", "|=", "^=", "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--", "==", "<", ">", "=",
                    "!", "~", "!=", "<=", ">=", ":=", "...", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":"],
                   key=len, reverse=True)
"""Go's operators and punctuation, longest first (go/scanner takes the longest)."""


def _first_parser_token(src: bytes) -> int:
    """Where go/scanner's first token starts: after spaces and comments (a ``;`` is a token)."""
    i = 0
    while i < len(src):
        if src[i] in b" \t\r\n":
            i += 1
        elif src.startswith(b"//", i):
            j = src.find(b"\n", i)
            i = len(src) if j < 0 else j
        elif src.startswith(b"/*", i):
            j = src.find(b"*/", i + 2)
            if j < 0:
                return i
            i = j + 2
        else:
            break
    return i


def _token_at(src: bytes, i: int) -> str:
    """The token at ``i`` as go/parser's "found ..." spells it: a literal's own text (``x``,
    ``1.5``, ``"s"``), any other token quoted (``'func'``, ``'+='``, ``'EOF'``)."""
    if i >= len(src):
        return "'EOF'"
    c = src[i]
    if _is_ident(c) and not 0x30 <= c <= 0x39:
        j = i
        while j < len(src) and _is_ident(src[j]):
            j += 1
        word = src[i:j].decode("utf-8", "replace")
        keywords = {"break", "case", "chan", "const", "continue", "default", "defer", "else",
                    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
                    "package", "range", "return", "select", "struct", "switch", "type", "var"}
        return f"'{word}'" if word in keywords else word
    if 0x30 <= c <= 0x39 or (c == 0x2E and src[i + 1:i + 2].isdigit()):
        j = i + 1
        while j < len(src) and (_is_ident(src[j]) or src[j] == 0x2E or
                                (src[j] in b"+-" and src[j - 1] in b"eEpP")):
            j += 1
        return src[i:j].decode("utf-8", "replace")
    if c in b"\"'`":
        return src[i:_literal_end(src, i)].decode("utf-8", "replace")
    rest = src[i:i + 3].decode("latin-1")
    return f"'{next((op for op in OPERATORS if rest.startswith(op)), chr(c))}'"


def _literal_end(src: bytes, i: int) -> int:
    """Where the string, raw string or rune literal at ``i`` ends (-1: it does not)."""
    quote = src[i]
    j = i + 1
    while j < len(src):
        if src[j] == quote:
            return j + 1
        if quote != 0x60 and src[j] == 0x0A:
            return -1
        j += 2 if quote != 0x60 and src[j] == 0x5C else 1
    return -1


def _token_error(src: bytes, i: int) -> str | None:
    """go/scanner's complaint about the token at ``i``, which go/parser reports first."""
    if i >= len(src):
        return None
    if src.startswith(b"/*", i):
        return "comment not terminated"
    c = src[i]
    if c in b"\"'`":
        end = _literal_end(src, i)
        if end < 0:
            return {0x22: "string literal not terminated", 0x60: "raw string literal not terminated",
                    0x27: "rune literal not terminated"}[c]
        if c == 0x27:
            body = src[i + 1:end - 1].decode("utf-8", "replace")
            if len(body) != 1 and not body.startswith("\\"):
                return "illegal rune literal"
        return None
    if _is_ident(c) or c in b"+-*/%&|^<>=!~(){}[],;.:":
        return None
    ch = src[i:i + 4].decode("utf-8", "replace")[0]
    return f"illegal character U+{ord(ch):04X} '{ch}'"


def _eof_pos(src: bytes) -> Pos:
    """go/token's position of the end of the file: a newline that ends the file starts no line."""
    end = len(src)
    last = src.rfind(b"\n", 0, end - 1) if src.endswith(b"\n") else src.rfind(b"\n")
    line = src.count(b"\n", 0, end - 1 if src.endswith(b"\n") else end) + 1
    return Pos(line, end - (last + 1) + 1)


def _pos(src: bytes, offset: int) -> Pos:
    line = src.count(b"\n", 0, offset) + 1
    col = offset - (src.rfind(b"\n", 0, offset) + 1) + 1
    return Pos(line, col)
