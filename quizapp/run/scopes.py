"""Where each local variable is in scope, from the source's block structure.

A frame keeps a slot for every variable of its function, but a diagram
should show only the ones the code at the current position can name: a
loop's variable disappears after the loop, a variable of a block before it
is declared (again, in the next iteration). Go's scopes are lexical: a
variable's scope begins at the end of the declaration that declares it
(``x := ...``, ``var x = ...``, a range clause, a receive in ``select``)
and ends at the end of the innermost block, ``if``, ``for``, ``switch`` or
clause around it. The syntax tree the analysis parsed (``Program.syntax``)
says where those are.
"""

from __future__ import annotations

from typing import Any

# The nodes that open a scope (tree-sitter-go's names). Functions close the walk:
# their parameters and results live as long as the frame.
_SCOPES = frozenset({
    "block", "if_statement", "for_statement", "expression_switch_statement",
    "type_switch_statement", "select_statement", "expression_case", "type_case",
    "default_case", "communication_case",
})
_DECLS = frozenset({"short_var_declaration", "var_spec", "range_clause", "receive_statement"})
_FUNCS = frozenset({"function_declaration", "method_declaration", "func_literal", "source_file"})

Span = tuple[tuple[int, int], tuple[int, int]]


def scope_span(root: Any, line: int, col: int) -> Span | None:
    """The (start, end) positions, 1-based, between which a variable declared at ``line:col``
    can be named; None when it lives as long as its function (or the position is unknown)."""
    if root is None or line <= 0:
        return None
    point = (line - 1, max(col - 1, 0))
    node = root.descendant_for_point_range(point, point)
    start = (line, col)
    while node is not None and node.type not in _SCOPES:
        if node.type in _FUNCS and not (node.type == "func_literal" and node.start_point == point):
            return None                    # (a value made at a func literal lives around it)
        if node.type in _DECLS:
            row, c = node.end_point
            start = (row + 1, c + 1)
        node = node.parent
    if node is None:
        return None
    end_row, end_col = node.end_point
    return start, (end_row + 1, end_col)


def in_scope(span: Span | None, line: int, col: int) -> bool:
    """Is position ``line:col`` inside ``span``?"""
    if span is None:
        return True
    return span[0] <= (line, col) <= span[1]
