"""The pieces of gc's parser the others share: its nodes, token names and tests on nodes."""

from __future__ import annotations

from typing import Any

from ..errors import Pos
from .gcscan import Tok

TYPE_KINDS = {"array", "slicetype", "struct", "functype", "iface", "map", "chan"}


class X:
    """A node: its kind, gc's position for it, and the parts the messages need."""

    __slots__ = ("kind", "pos", "a", "b", "text")

    def __init__(self, kind: str, pos: Pos, a: Any = None, b: Any = None, text: str = "") -> None:
        self.kind, self.pos, self.a, self.b, self.text = kind, pos, a, b, text


def tokstring(t: Tok) -> str:
    if t is Tok.COMMA:
        return "comma"
    if t is Tok.SEMI:
        return "semicolon or newline"
    if Tok.BREAK <= t <= Tok.VAR:
        return "keyword " + t.name.lower()
    return {Tok.EOF: "EOF", Tok.NAME: "name", Tok.LITERAL: "literal", Tok.ASSIGN: "=",
            Tok.DEFINE: ":=", Tok.ARROW: "<-", Tok.STAR: "*", Tok.LPAREN: "(", Tok.LBRACK: "[",
            Tok.LBRACE: "{", Tok.RPAREN: ")", Tok.RBRACK: "]", Tok.RBRACE: "}",
            Tok.COLON: ":", Tok.DOT: ".", Tok.DOTDOTDOT: "...", Tok.OPERATOR: "op",
            Tok.ASSIGNOP: "op=", Tok.INCOP: "opop"}.get(t, t.name.lower())


def unparen(x: X) -> X:
    while x.kind == "paren":
        x = x.a
    return x


def is_value(x: X) -> bool:
    k = x.kind
    if k in ("lit", "complit", "funclit", "slice", "assert", "guard", "call"):
        return True
    if k == "op":
        return x.text != "*" or x.b is not None
    if k == "paren":
        return is_value(x.a)
    if k == "index":
        return is_value(x.a) or (x.b is not None and is_value(x.b))
    return False


def is_type_elem(x: X | None) -> bool:
    if x is None:
        return False
    if x.kind in TYPE_KINDS:
        return True
    if x.kind == "op":
        return is_type_elem(x.a) or (x.b is not None and is_type_elem(x.b)) or x.text == "~"
    if x.kind == "paren":
        return is_type_elem(x.a)
    return False


def extract_name(x: X, force: bool) -> tuple[X | None, X | None]:
    """gc's extractName: ``T *C`` or ``T C|D`` in brackets is a type parameter list."""
    if x.kind == "name":
        return x, None
    if x.kind == "op" and x.b is not None:
        if x.text == "*" and x.a.kind == "name" and (force or is_type_elem(x.b)):
            return x.a, X("op", x.pos, x.b, None, "*")
        if x.text == "|":
            name, lhs = extract_name(x.a, force or is_type_elem(x.b))
            if name is not None and lhs is not None:
                return name, X("op", x.pos, lhs, x.b, "|")
    if x.kind == "call" and x.a.kind == "name":
        return x.a, None
    return None, x


def string(x: X | None) -> str:
    """A node as gc's short printer writes it, as far as the messages need."""
    if x is None:
        return ""
    k = x.kind
    if k in ("name", "lit"):
        return x.text
    if k == "op":
        if x.b is None:
            return x.text + string(x.a)
        return f"{string(x.a)} {x.text} {string(x.b)}"
    if k == "paren":
        return f"({string(x.a)})"
    if k == "sel":
        return f"{string(x.a)}.{string(x.b)}"
    if k == "index":
        return f"{string(x.a)}[{string(x.b)}]"
    if k == "call":
        return f"{string(x.a)}({', '.join(string(e) for e in x.b or ())}{x.text})"
    if k == "list":
        return ", ".join(string(e) for e in x.a)
    return x.text or k
