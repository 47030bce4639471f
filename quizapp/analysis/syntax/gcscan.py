"""gc's scanner, for its syntax errors: tokens, automatic semicolons, lexical errors.

A newline (or the end of the file) after a name, a literal, one of
``break continue fallthrough return``, ``++ --`` or a closing bracket is a
semicolon token whose text is "newline" (or "EOF"), placed where the
newline is: that is how gc words "unexpected newline". Lexical errors are
gc's own ("invalid character U+003F '?'", "more than one character in
rune literal", "newline in string"); they are not syntax errors, so the
file is still checked for types when they are the only errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum


class Tok(IntEnum):
    """gc's token kinds (``syntax.token``)."""

    EOF = 1
    NAME = 2
    LITERAL = 3
    OPERATOR = 4
    ASSIGNOP = 5
    INCOP = 6
    ASSIGN = 7
    DEFINE = 8
    ARROW = 9
    STAR = 10
    LPAREN = 11
    LBRACK = 12
    LBRACE = 13
    RPAREN = 14
    RBRACK = 15
    RBRACE = 16
    COMMA = 17
    SEMI = 18
    COLON = 19
    DOT = 20
    DOTDOTDOT = 21
    BREAK = 22
    CASE = 23
    CHAN = 24
    CONST = 25
    CONTINUE = 26
    DEFAULT = 27
    DEFER = 28
    ELSE = 29
    FALLTHROUGH = 30
    FOR = 31
    FUNC = 32
    GO = 33
    GOTO = 34
    IF = 35
    IMPORT = 36
    INTERFACE = 37
    MAP = 38
    PACKAGE = 39
    RANGE = 40
    RETURN = 41
    SELECT = 42
    STRUCT = 43
    SWITCH = 44
    TYPE = 45
    VAR = 46


KEYWORDS = {t.name.lower(): t for t in Tok if Tok.BREAK <= t <= Tok.VAR}
TOKEN_TEXT = {Tok.EOF: "EOF", Tok.NAME: "name", Tok.LITERAL: "literal", Tok.OPERATOR: "op",
              Tok.ASSIGNOP: "op=", Tok.INCOP: "opop", Tok.ASSIGN: "=", Tok.DEFINE: ":=",
              Tok.ARROW: "<-", Tok.STAR: "*", Tok.LPAREN: "(", Tok.LBRACK: "[", Tok.LBRACE: "{",
              Tok.RPAREN: ")", Tok.RBRACK: "]", Tok.RBRACE: "}", Tok.COMMA: ",", Tok.SEMI: ";",
              Tok.COLON: ":", Tok.DOT: ".", Tok.DOTDOTDOT: "..."}

# operator text -> (precedence); 0 for unary-only
BINARY_PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
               "+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "&": 5, "&^": 5,
               "<<": 5, ">>": 5}
ASSIGN_OPS = {"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^"}
NLSEMI = {Tok.NAME, Tok.LITERAL, Tok.RPAREN, Tok.RBRACK, Tok.RBRACE, Tok.INCOP,
          Tok.BREAK, Tok.CONTINUE, Tok.FALLTHROUGH, Tok.RETURN}

_OPS = re.compile(rb"\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|<<|>>|&\^|"
                  rb"[-+*/%&|^]=|[-+*/%&|^<>=!~(){}\[\],;:.]")
_NUMBER = re.compile(rb"0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][-+]?[0-9_]+)?i?|"
                     rb"0[bBoO][0-9_]*i?|"
                     rb"(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9_]+)?i?")
_IDENT = re.compile(rb"[A-Za-z_\x80-\xff][A-Za-z_0-9\x80-\xff]*")


@dataclass
class Token:
    tok: Tok
    lit: str
    line: int
    col: int
    op: str = ""
    prec: int = 0
    errors: list[tuple[int, int, str]] = field(default_factory=list)


def scan(src: bytes) -> list[Token]:
    """Every token of the file, semicolons included, each with the lexical errors met on the way."""
    out: list[Token] = []
    i, n = 0, len(src)
    line, line_start = 1, 0
    nlsemi = False
    pending: list[tuple[int, int, str]] = []

    def pos(k: int) -> tuple[int, int]:
        return line, k - line_start + 1

    def emit(t: Tok, lit: str, k: int, op: str = "", prec: int = 0) -> None:
        nonlocal pending
        ln, col = pos(k)
        out.append(Token(t, lit, ln, col, op, prec, pending))
        pending = []

    while True:
        while i < n and src[i] in b" \t\r" or (i < n and src[i] == 0x0A and not nlsemi):
            if src[i] == 0x0A:
                line, line_start = line + 1, i + 1
            i += 1
        if i >= n:
            if nlsemi:
                emit(Tok.SEMI, "EOF", i)
            emit(Tok.EOF, "", i)
            return out
        c = src[i]
        if c == 0x0A:
            emit(Tok.SEMI, "newline", i)
            nlsemi = False
            line, line_start = line + 1, i + 1
            i += 1
            continue
        if c == 0x2F and src[i + 1:i + 2] == b"/":
            j = src.find(b"\n", i)
            i = n if j < 0 else j
            continue
        if c == 0x2F and src[i + 1:i + 2] == b"*":
            j = src.find(b"*/", i + 2)
            start = i
            if j < 0:
                pending.append((*pos(i), "comment not terminated"))
                j = n - 2
            body = src[i:j + 2]
            nls = body.count(b"\n")
            if nls and nlsemi:
                emit(Tok.SEMI, "newline", start)
                nlsemi = False
            if nls:
                line += nls
                line_start = i + body.rfind(b"\n") + 1
            i = j + 2
            continue
        m = _IDENT.match(src, i)
        if m:
            word = m.group(0).decode("utf-8", "replace")
            t = KEYWORDS.get(word, Tok.NAME)
            emit(t, word, i)
            nlsemi = t in NLSEMI
            i = m.end()
            continue
        if 0x30 <= c <= 0x39 or (c == 0x2E and i + 1 < n and 0x30 <= src[i + 1] <= 0x39):
            m = _NUMBER.match(src, i)
            assert m is not None
            emit(Tok.LITERAL, m.group(0).decode(), i)
            nlsemi = True
            i = m.end()
            continue
        if c in (0x22, 0x27, 0x60):
            i = _literal(src, i, c, pos, pending, emit)
            nlsemi = True
            continue
        m = _OPS.match(src, i)
        if m:
            text = m.group(0).decode()
            t, op, prec = _op_token(text)
            emit(t, text, i, op, prec)
            nlsemi = t in NLSEMI
            i = m.end()
            continue
        ch = src[i:i + 4].decode("utf-8", "replace")[:1]
        pending.append((*pos(i), f"invalid character U+{ord(ch):04X} '{ch}'"))
        i += len(ch.encode("utf-8", "replace")) or 1


def _op_token(text: str) -> tuple[Tok, str, int]:
    fixed = {"(": Tok.LPAREN, "[": Tok.LBRACK, "{": Tok.LBRACE, ")": Tok.RPAREN, "]": Tok.RBRACK,
             "}": Tok.RBRACE, ",": Tok.COMMA, ";": Tok.SEMI, ":": Tok.COLON, ".": Tok.DOT,
             "...": Tok.DOTDOTDOT, "=": Tok.ASSIGN, ":=": Tok.DEFINE, "<-": Tok.ARROW}
    if text in fixed:
        return fixed[text], "", 0
    if text in ("++", "--"):
        return Tok.INCOP, text[0], 4
    if text.endswith("=") and text[:-1] in ASSIGN_OPS:
        return Tok.ASSIGNOP, text[:-1], 0
    if text == "*":
        return Tok.STAR, "*", 5
    return Tok.OPERATOR, text, BINARY_PREC.get(text, 0)


def _literal(src: bytes, i: int, q: int, pos, pending, emit) -> int:  # noqa: ANN001
    """A string, raw string or rune literal starting at ``i``; the index after it."""
    n = len(src)
    start = i
    if q == 0x60:
        j = src.find(b"`", i + 1)
        if j < 0:
            pending.append((*pos(start), "raw string literal not terminated"))
            j = n - 1
        emit(Tok.LITERAL, src[i:j + 1].decode("utf-8", "replace"), start)
        return j + 1
    j = i + 1
    count = 0
    err = ""
    while True:
        if j >= n:
            err = "rune literal not terminated" if q == 0x27 else "string literal not terminated"
            break
        c = src[j]
        if c == q:
            j += 1
            break
        if c == 0x0A:
            err = "newline in rune literal" if q == 0x27 else "newline in string"
            break
        if c == 0x5C:
            j += 2
        else:
            j += 1
        count += 1
    if not err and q == 0x27:
        if count == 0:
            err = "empty rune literal or unescaped '"
        elif count != 1 and not _one_rune(src[start + 1:j - 1]):
            err = "more than one character in rune literal"
    if err:
        ln, col = pos(start) if "more than one" in err or "not terminated" in err else pos(j)
        pending.append((ln, col, err))
    emit(Tok.LITERAL, src[start:j].decode("utf-8", "replace"), start)
    return j


def _one_rune(body: bytes) -> bool:
    """A rune literal's body that is one character: one UTF-8 sequence or one escape."""
    if body.startswith(b"\\"):
        return True
    try:
        return len(body.decode("utf-8")) == 1
    except UnicodeDecodeError:
        return False
