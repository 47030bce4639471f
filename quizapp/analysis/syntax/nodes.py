"""Syntax-tree nodes, and their positions as the gc parser reports them.

tree-sitter places a node where its first byte is; gc places most
expressions at an operator: calls at ``(``, selectors at ``.``, composite
literals at ``{``, binary expressions at the operator. ``gc_pos``
translates one into the other, so every diagnostic carries gc's position.
"""

from __future__ import annotations

from tree_sitter import Node

from ..errors import Pos


def pos_of(node: Node) -> Pos:
    """Where a node starts: 1-based line and byte column."""
    row, col = node.start_point
    return Pos(row + 1, col + 1)


def child_of_type(node: Node, type_: str) -> Node | None:
    for c in node.children:
        if c.type == type_:
            return c
    return None


def text(node: Node) -> str:
    return (node.text or b"").decode("utf-8")


def named_children(node: Node) -> list[Node]:
    """Named children without comments."""
    return [c for c in node.named_children if c.type != "comment"]


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
    if t in ("selector_expression", "type_assertion_expression"):
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


def pragmas(decl: Node) -> frozenset[str]:
    """The ``//go:`` directives in the comment lines just before a declaration."""
    out = set()
    prev = decl.prev_sibling
    while prev is not None and prev.type == "comment":
        t = text(prev).strip()
        if t.startswith("//go:"):
            out.add(t[5:].split()[0] if t[5:].split() else "")
        prev = prev.prev_sibling
    return frozenset(out)
