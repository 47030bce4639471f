"""Parsing Go with tree-sitter; syntax errors where gc's parser reports them.

tree-sitter recovers from errors where gc stops at the first one; the
first error node is reported as gc would word and place it. ``new(expr)``
calls (Go 1.26) are respelled before parsing, since the grammar reads
``new`` as a type-only built-in.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import tree_sitter_go
from tree_sitter import Language, Node, Parser

from ..errors import GoSyntaxError, Pos
from .nodes import pos_of


@lru_cache(maxsize=1)
def _parser() -> Parser:
    return Parser(Language(tree_sitter_go.language()))


NEW_EXPR_SPELLING = "neW"
"""tree-sitter-go reads ``new(`` as taking a type; ``new(expr)`` (Go 1.26) is parsed
with the callee respelled to this same-length name, which the lowering knows as ``new``."""


def parse(source: bytes) -> Node:
    """The root ``source_file`` node; raises ``GoSyntaxError`` at the first syntax error."""
    source = _respell_new_exprs(source)
    root = _parser().parse(source).root_node
    if root.has_error:
        bad = _first_error(root)
        raise GoSyntaxError(*_describe_error(source, bad))
    return root


def _respell_new_exprs(source: bytes) -> bytes:
    """Respell ``new`` where its operand is a value rather than a type (positions kept)."""
    if b"new" not in source:
        return source
    out = bytearray(source)
    calls, braces = _new_calls(source)
    for start, first, last in calls:
        if not _looks_like_type(source, first, last, braces):
            out[start:start + 3] = NEW_EXPR_SPELLING.encode()
    return bytes(out)


_TYPE_LIKE_B = re.compile(rb"(?:\s*(?:\*|\[\s*\d*\s*\]|\[\s*\.\.\.\s*\]))*"
                          rb"\s*[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)?\s*")
_TYPE_KEYWORD_B = re.compile(rb"\s*(?:struct|interface|chan|<-\s*chan)\b")
_COMPOSITE_TYPE_B = re.compile(rb"\s*(?:func\s*\(|map\s*\[|\[)")


def _looks_like_type(src: bytes, first: int, last: int, braces: list[int]) -> bool:
    """Is ``src[first:last]`` (the text inside ``new(...)``) a type?

    Matched in place, without copying the text out: nested ``new(new(...))``
    would otherwise copy the rest of the file once per level."""
    if _TYPE_LIKE_B.fullmatch(src, first, last):
        return True
    if _TYPE_KEYWORD_B.match(src, first, last):
        return True
    if _COMPOSITE_TYPE_B.match(src, first, last):
        i = bisect.bisect_left(braces, first)
        return not (i < len(braces) and braces[i] < last)
    return False


def _new_calls(src: bytes) -> tuple[list[tuple[int, int, int]], list[int]]:
    """``new`` identifiers called with parentheses: (offset, start and end of the text inside).

    One pass over the source with a stack of open brackets, skipping comments
    and literals; also returns the offsets of every ``{`` outside them."""
    found: list[tuple[int, int, int]] = []
    braces: list[int] = []
    open_: list[int] = []            # for each open bracket, the index in found of its new call or -1
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == 0x2F and src[i + 1:i + 2] == b"/":                        # //
            j = src.find(b"\n", i)
            i = n if j < 0 else j
        elif c == 0x2F and src[i + 1:i + 2] == b"*":                      # /*
            j = src.find(b"*/", i + 2)
            i = n if j < 0 else j + 2
        elif c in (0x22, 0x27):                                           # " '
            i += 1
            while i < n and src[i] not in (c, 0x0A):
                i += 2 if src[i] == 0x5C else 1
            i += 1
        elif c == 0x60:                                                   # `
            j = src.find(b"`", i + 1)
            i = n if j < 0 else j + 1
        elif c in (0x28, 0x5B, 0x7B):                                     # ( [ {
            if c == 0x7B:
                braces.append(i)
            open_.append(-1)
            i += 1
        elif c in (0x29, 0x5D, 0x7D):                                     # ) ] }
            if open_:
                k = open_.pop()
                if k >= 0:
                    start, first, _ = found[k]
                    found[k] = (start, first, i)
            i += 1
        elif src.startswith(b"new", i) and (i == 0 or not _ident_byte(src[i - 1])) and \
                (i + 3 >= n or not _ident_byte(src[i + 3])):
            j = i + 3
            while j < n and src[j] in (0x20, 0x09):
                j += 1
            if j < n and src[j] == 0x28:
                open_.append(len(found))
                found.append((i, j + 1, n))
                i = j + 1
            else:
                i += 3
        else:
            i += 1
    return found, braces


def _ident_byte(b: int) -> bool:
    return chr(b).isalnum() or b == 0x5F


def _first_error(node: Node) -> Node:
    stack = [node]
    while stack:
        n = stack.pop()
        if n.is_missing or n.type == "ERROR":
            return n
        stack.extend(c for c in reversed(n.children) if c.has_error or c.is_missing)
    return node


def _describe_error(source: bytes, node: Node) -> tuple[Pos, str]:
    if node.is_missing:
        what = "expression" if node.type in ("identifier", "_expression") else node.type
        return _next_token_pos(source, node), \
            f"syntax error: unexpected {_token_after(source, node)}, expected {what}"
    if node.children:
        first = node.children[0]
        return pos_of(first), f"syntax error: unexpected {_token_text(first)}"
    return pos_of(node), f"syntax error: unexpected {_token_text(node)}"


def _next_token_pos(source: bytes, node: Node) -> Pos:
    i = node.end_byte
    while i < len(source) and source[i:i + 1] in (b" ", b"\t"):
        i += 1
    line = source.count(b"\n", 0, i) + 1
    col = i - (source.rfind(b"\n", 0, i) + 1) + 1
    return Pos(line, col)


def _token_text(node: Node) -> str:
    text = (node.text or b"").decode("utf-8", "replace").split("\n")[0]
    if not text:
        return "EOF"
    if len(text) > 20:
        text = text[:20] + "..."
    return text


def _token_after(source: bytes, node: Node) -> str:
    rest = source[node.end_byte:].lstrip(b" \t")
    if not rest:
        return "EOF"
    if rest[:1] == b"\n":
        return "newline"
    return rest.split()[0].decode("utf-8", "replace")[:20]
