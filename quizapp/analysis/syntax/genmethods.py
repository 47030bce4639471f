"""Generic methods (Go 1.27), which tree-sitter-go does not parse yet.

``func (l *List) Add[T any](x T) *List`` is valid Go 1.27 but a syntax error
to the grammar. Before parsing, the type-parameter list of such a method is
blanked (same length, newlines kept, so every position stays gc's); its text
is kept by the byte offset where it starts, right after the method's name,
for the noder to read back (``type_params_of``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import tree_sitter_go
from tree_sitter import Language, Node, Parser

_METHOD = re.compile(rb"^func[ \t]*\(", re.M)

_tables: dict[int, dict[int, bytes]] = {}
"""Blanked type-parameter lists by root node id, then by byte offset."""


def blank_generic_methods(src: bytes) -> tuple[bytes, dict[int, bytes]]:
    """The source with the type parameters of methods blanked, and what was blanked."""
    if b"func" not in src:
        return src, {}
    out: bytearray | None = None
    table: dict[int, bytes] = {}
    for m in _METHOD.finditer(src):
        end = _matching(src, m.end() - 1, b"(", b")")
        if end < 0:
            continue
        i = end + 1
        while i < len(src) and src[i:i + 1] in (b" ", b"\t"):
            i += 1
        j = i
        while j < len(src) and (src[j:j + 1].isalnum() or src[j:j + 1] == b"_" or src[j] >= 0x80):
            j += 1
        if j == i or src[j:j + 1] != b"[":
            continue
        close = _matching(src, j, b"[", b"]")
        if close < 0 or src[close + 1:close + 2] != b"(":
            continue
        if out is None:
            out = bytearray(src)
        table[j] = src[j:close + 1]
        for k in range(j, close + 1):
            if out[k] not in (0x0A, 0x0D):
                out[k] = 0x20
    return (bytes(out) if out is not None else src), table


def _matching(src: bytes, start: int, open_: bytes, close: bytes) -> int:
    depth = 0
    for k in range(start, len(src)):
        c = src[k:k + 1]
        if c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return k
        elif c == b"\n" and open_ == b"[":
            pass
    return -1


def remember(root: Node, table: dict[int, bytes]) -> None:
    if table:
        _tables[root.id] = table
    else:
        _tables.pop(root.id, None)


def type_params_of(root: Node, name: Node) -> Node | None:
    """The type-parameter list of a generic method, reparsed (None for other methods)."""
    text = _tables.get(root.id, {}).get(name.end_byte)
    if text is None:
        return None
    return _tparams(text)


@lru_cache(maxsize=256)
def _tparams(text: bytes) -> Node:
    # the list alone, as a generic function's: the grammar parses that
    tree = Parser(Language(tree_sitter_go.language())).parse(b"package p\nfunc _" + text + b"() {}\n")
    return tree.root_node.named_children[1].child_by_field_name("type_parameters")


def type_params_in_place(root: Node, name: Node) -> Node | None:
    """``type_params_of``, with every node where it stands in the file (the checker's
    messages name the positions of type parameters)."""
    text = _tables.get(root.id, {}).get(name.end_byte)
    if text is None:
        return None
    row, col = name.end_point
    return _tparams_at(text, row, col)


_HEAD = b"func _"


@lru_cache(maxsize=256)
def _tparams_at(text: bytes, row: int, col: int) -> Node:
    if row < 1 or col < len(_HEAD):   # no room before it for a declaration of its own
        return _tparams(text)
    src = b"package p" + b"\n" * row + b" " * (col - len(_HEAD)) + _HEAD + text + b"() {}\n"
    tree = Parser(Language(tree_sitter_go.language())).parse(src)
    return tree.root_node.named_children[1].child_by_field_name("type_parameters")
