"""Terminating statements: a function with results must not fall off its end ("missing return").

The spec's rule as types2 applies it: a body ends in a terminating
statement — a return, a goto, a call of ``panic``, a block or ``if``/``else``
whose branches all terminate, a ``for`` without condition and without a
``break`` that leaves it, a ``switch``/``select`` with a default (for
switch) whose every clause terminates and has no ``break``.
"""

from __future__ import annotations

from tree_sitter import Node

from ..syntax.nodes import named_children, text


def body_statements(block: Node) -> list[Node]:
    """The statements of a block (tree-sitter wraps them in a statement list)."""
    out: list[Node] = []
    for c in block.named_children:
        if c.type == "statement_list":
            out.extend(s for s in c.named_children if s.type != "comment")
        elif c.type not in ("comment",):
            out.append(c)
    return out


def clause_statements(clause: Node) -> list[Node]:
    out: list[Node] = []
    for c in clause.named_children:
        if c.type == "statement_list":
            out.extend(s for s in c.named_children if s.type != "comment")
    return out


def clauses(stmt: Node) -> list[Node]:
    return [c for c in stmt.named_children
            if c.type in ("expression_case", "default_case", "type_case", "communication_case")]


class Terminating:
    """Decides whether statements terminate; ``panics`` holds the spans of ``panic`` calls."""

    def __init__(self, panics: set[tuple[int, int]]) -> None:
        self.panics = panics

    def list(self, stmts: list[Node], label: str = "") -> bool:
        for s in reversed(stmts):
            if s.type != "empty_statement":
                return self.stmt(s, label)
        return False

    def stmt(self, s: Node, label: str = "") -> bool:
        k = s.type
        if k == "labeled_statement":
            inner = [c for c in named_children(s) if c.type != "label_name"]
            return self.stmt(inner[0], text(s.child_by_field_name("label"))) if inner else False
        if k == "expression_statement":
            e = named_children(s)[0]
            while e.type == "parenthesized_expression" and named_children(e):
                e = named_children(e)[0]
            return e.type == "call_expression" and (e.start_byte, e.end_byte) in self.panics
        if k in ("return_statement", "goto_statement", "fallthrough_statement"):
            return True
        if k == "block":
            return self.list(body_statements(s))
        if k == "if_statement":
            alt = s.child_by_field_name("alternative")
            return alt is not None and self.stmt(s.child_by_field_name("consequence")) and \
                self.stmt(alt)
        if k in ("expression_switch_statement", "type_switch_statement"):
            has_default = False
            for cc in clauses(s):
                if cc.type == "default_case":
                    has_default = True
                body = clause_statements(cc)
                if not self.list(body) or has_break_list(body, label, True):
                    return False
            return has_default
        if k == "select_statement":
            for cc in clauses(s):
                body = clause_statements(cc)
                if not self.list(body) or has_break_list(body, label, True):
                    return False
            return True
        if k == "for_statement":
            if any(c.type == "range_clause" for c in s.named_children):
                return False
            fc = next((c for c in s.named_children if c.type == "for_clause"), None)
            cond = fc.child_by_field_name("condition") if fc is not None else next(
                (c for c in s.named_children if c.type not in ("block", "comment")), None)
            return cond is None and not has_break(s.child_by_field_name("body"), label, True)
        return False


def has_break(s: Node | None, label: str, implicit: bool) -> bool:
    if s is None:
        return False
    k = s.type
    if k == "labeled_statement":
        inner = [c for c in named_children(s) if c.type != "label_name"]
        return bool(inner) and has_break(inner[0], label, implicit)
    if k == "break_statement":
        ln = next((c for c in s.named_children if c.type == "label_name"), None)
        if ln is None:
            return implicit
        return text(ln) == label
    if k == "block":
        return has_break_list(body_statements(s), label, implicit)
    if k == "if_statement":
        return has_break(s.child_by_field_name("consequence"), label, implicit) or \
            has_break(s.child_by_field_name("alternative"), label, implicit)
    if k in ("expression_switch_statement", "type_switch_statement", "select_statement"):
        return bool(label) and any(has_break_list(clause_statements(cc), label, False)
                                   for cc in clauses(s))
    if k == "for_statement":
        return bool(label) and has_break(s.child_by_field_name("body"), label, False)
    return False


def has_break_list(stmts: list[Node], label: str, implicit: bool) -> bool:
    return any(has_break(s, label, implicit) for s in stmts)
