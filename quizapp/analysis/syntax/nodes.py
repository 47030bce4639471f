"""Syntax-tree nodes, and their positions as the gc parser reports them.

tree-sitter places a node where its first byte is; gc places most
expressions at an operator: calls at ``(``, selectors at ``.``, composite
literals at ``{``, binary expressions at the operator. ``gc_pos``
translates one into the other, so every diagnostic carries gc's position.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from tree_sitter import Node

from ..errors import Pos


_files: list[str] = [""]
"""The file whose syntax is being read: "" for the analysed file, else a
standard-library file under GOROOT/src (see ``source_file``)."""


@contextmanager
def source_file(name: str) -> Iterator[None]:
    """Positions made inside the block belong to ``name`` (a GOROOT/src file)."""
    _files.append(name)
    try:
        yield
    finally:
        _files.pop()


def pos_of(node: Node) -> Pos:
    """Where a node starts: 1-based line and byte column (and its file, see ``source_file``)."""
    row, col = node.start_point
    f = _files[-1]
    return Pos(row + 1, col + 1, f) if f else Pos(row + 1, col + 1)


def child_of_type(node: Node, type_: str) -> Node | None:
    for c in node.children:
        if c.type == type_:
            return c
    return None


def text(node: Node) -> str:
    return (node.text or b"").decode("utf-8")


def pragmas(decl: Node) -> frozenset[str]:
    """The ``//go:`` directives in the comment lines just before a declaration
    (``noinline``, ``noescape``...)."""
    out = set()
    prev = decl.prev_sibling
    while prev is not None and prev.type == "comment":
        words = text(prev).strip().removeprefix("//go:").split() \
            if text(prev).strip().startswith("//go:") else None
        if words is not None:
            out.add(words[0] if words else "")
        prev = prev.prev_sibling
    return frozenset(out)


def named_children(node: Node) -> list[Node]:
    """Named children without comments."""
    return [c for c in node.named_children if c.type != "comment"]


def fields(node: Node, name: str) -> list[Node]:
    """The named children under a field name (tree-sitter also files the commas between them there)."""
    return [c for c in node.children_by_field_name(name) if c.is_named]


IDENTIFIER_NODES = frozenset({"identifier", "true", "false", "nil", "iota"})
"""Node types that are identifiers: tree-sitter gives predeclared names their own types,
though a program may declare ``true := false``."""


def descendants_of_type(node: Node, kind: str) -> list[Node]:
    """The named nodes of a type under ``node`` (itself included), in document order."""
    out = []
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type == kind:
            out.append(n)
        stack.extend(reversed(n.named_children))
    return out


def specs_of(decl: Node, kind: str) -> list[Node]:
    """A declaration's specs of one kind, whether it has one or a parenthesised list."""
    out = []
    for c in named_children(decl):
        if c.type == kind:
            out.append(c)
        elif c.type.endswith("_list"):
            out.extend(x for x in named_children(c) if x.type == kind)
    return out


def strip_parens(node: Node) -> Node:
    while node.type == "parenthesized_expression":
        inner = named_children(node)
        if not inner:
            break
        node = inner[0]
    return node


def gc_pos(node: Node) -> Pos:
    """The position gc's parser gives an expression node (spec §4.2)."""
    node = strip_parens(node)
    t = node.type
    if t in ("selector_expression", "type_assertion_expression", "qualified_type"):
        dot = child_of_type(node, ".")
        if dot is not None:
            return pos_of(dot)
    elif t in ("index_expression", "slice_expression", "generic_type"):
        br = child_of_type(node, "[")
        if br is not None:
            return pos_of(br)
    elif t == "call_expression":
        args = node.child_by_field_name("arguments")
        if args is not None:
            return pos_of(args)
    elif t == "type_conversion_expression":
        lp = child_of_type(node, "(")
        if lp is not None:
            return pos_of(lp)
    elif t == "binary_expression":
        op = node.child_by_field_name("operator")
        if op is not None:
            return pos_of(op)
    elif t == "composite_literal":
        body = node.child_by_field_name("body")
        if body is not None:
            return pos_of(body)
    elif t == "literal_value":
        return pos_of(node)
    return pos_of(node)


def start_pos(node: Node) -> Pos:
    """Where gc says an expression starts (``syntax.StartPos``): the leftmost operand, except
    that a slice expression is at its ``[``, a composite literal without type at its ``{``
    and a function type at its parameters' ``(``."""
    while True:
        t = node.type
        nxt: Node | None = None
        if t == "composite_literal":
            nxt = node.child_by_field_name("type")
        elif t in ("selector_expression", "index_expression", "type_assertion_expression"):
            nxt = node.child_by_field_name("operand")
        elif t in ("generic_type", "type_instantiation_expression", "type_conversion_expression"):
            nxt = node.child_by_field_name("type")
        elif t == "call_expression":
            nxt = node.child_by_field_name("function")
        elif t == "binary_expression":
            nxt = node.child_by_field_name("left")
        elif t == "keyed_element":
            nxt = node.child_by_field_name("key")
        elif t == "literal_element":
            inner = named_children(node)
            nxt = inner[0] if inner else None
        elif t == "slice_expression":
            br = child_of_type(node, "[")
            return pos_of(br if br is not None else node)
        elif t == "function_type":
            params = node.child_by_field_name("parameters")
            return pos_of(params if params is not None else node)
        if nxt is None:
            return pos_of(node)
        node = nxt
