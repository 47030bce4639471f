"""Function bodies: scopes, statement lists and dead code.

A body lowers one block at a time, each a scope of its own; a variable
declared and never used is an error, as in gc. After a terminating
statement the rest of a list is dead: gc type-checks it but drops it
before escape analysis, and so do we.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

from tree_sitter import Node

from ..errors import Pos, Unsupported
from ..ir import nodes as ir
from ..syntax.nodes import child_of_type, named_children, pos_of
from ..types import model as T
from ..types.scope import Scope
from .call import CallLowerer, is_terminating_call


class BodyLowerer(CallLowerer):
    """Scopes and statement lists; each statement kind is lowered by a subclass."""

    last_terminating: dict[int, bool]

    def push(self, boundary: ir.Func | None = None) -> None:
        self.scope = Scope(self.scope, boundary)

    def pop(self) -> None:
        assert self.scope.parent is not None
        self.scope = self.scope.parent

    def declare_local(self, name: str, t: T.Type, pos: Pos) -> ir.Var:
        v = ir.Var(name, t, pos, ir.VarClass.AUTO, self.fn)
        if name != "_":
            self.fn.dcl.append(v)
        else:
            v.used = True  # type: ignore[attr-defined]
        self.scope.declare(name, v)
        return v

    def block_stmts(self, block: Node, own_scope: bool = True) -> StmtList:
        """A block's statements, in a scope of their own unless the block is a function's
        body, which shares the scope of its parameters and results (``x, err := f()``
        there assigns a named result ``err``, it declares no new one)."""
        lst = child_of_type(block, "statement_list")
        if own_scope:
            self.push()
        out = self.stmt_list(named_children(lst) if lst is not None else [])
        if own_scope:
            self.pop()
        return out

    def stmt_list(self, nodes: list[Node]) -> StmtList:
        """Lower a statement list, leaving out dead code as gc's front end does.

        After a terminating statement (return, goto, panic, a block or an if
        that terminates) the rest of the list is dropped unless a label follows
        somewhere later. Dropped code is still type-checked."""
        last_label = max((i for i, n in enumerate(nodes) if n.type == "labeled_statement"),
                         default=-1)
        out = StmtList()
        dead = False
        for i, n in enumerate(nodes):
            if dead and i > last_label and n.type != "labeled_statement":
                self.lower_dead(n)
                continue
            lowered = self.stmt(n)
            out.extend(lowered)
            dead = self.terminates(n, lowered)
        non_empty = [(n, i) for i, n in enumerate(nodes) if n.type != "empty_statement"]
        if non_empty:
            last = non_empty[-1][0]
            out.terminating = self.last_terminating.get(id(last), False)
        return out

    def terminates(self, node: Node, lowered: list[Any]) -> bool:
        t = node.type
        res = False
        if t in ("return_statement", "goto_statement"):
            res = True
        elif t == "expression_statement":
            res = bool(lowered) and isinstance(lowered[-1], ir.ExprStmt) and \
                is_terminating_call(lowered[-1].x)
        elif t in ("if_statement", "block") and lowered:
            res = bool(getattr(lowered[-1], "terminating", False))
        self.last_terminating[id(node)] = res
        return res

    @contextmanager
    def discarding(self) -> Iterator[None]:
        """Lower code without letting it into the program: gc type-checks dead code, then drops it
        before its IR exists (no closure numbers, no callees, no declarations, no walk errors)."""
        fns = []
        f: ir.Func | None = self.fn
        while f is not None:
            fns.append(f)
            f = f.outer
        snap = [(f, f.closure_count, f.wrap_count, len(f.callees), len(f.dcl), list(f.closure_vars),
                 dict(f.capture_pos)) for f in fns]
        n_print_errors = len(self.print_errors)
        try:
            yield
        finally:
            del self.print_errors[n_print_errors:]
            for f, cc, wc, nc, nd, cv, cp in snap:
                f.closure_count = cc
                f.wrap_count = wc
                del f.callees[nc:]
                del f.dcl[nd:]
                f.closure_vars = cv
                f.capture_pos = cp

    def lower_dead(self, node: Node) -> None:
        """Type-check dead code without letting it into the program."""
        with self.discarding():
            self.stmt(node)

    def lower_dead_block(self, node: Node | None) -> None:
        if node is not None:
            self.lower_dead(node)

    def stmt(self, node: Node) -> list[Any]:
        k = node.type
        m = getattr(self, "s_" + k, None)
        if m is None:
            raise Unsupported(pos_of(node), f"statement {k}")
        return m(node)

    def s_empty_statement(self, node: Node) -> list[Any]:
        return []

    def s_block(self, node: Node) -> list[Any]:
        body = self.block_stmts(node)
        b = ir.Block(pos_of(node), body=body)
        b.terminating = body.terminating  # type: ignore[attr-defined]
        return [b]


class StmtList(list):
    """A lowered statement list that remembers whether its source ended in a terminating statement."""

    terminating: bool = False
