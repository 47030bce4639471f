"""The walker: one function body into its batch's graph (gc's ``escape`` struct).

``Walker`` combines the node kinds' mixins (``expr``, ``stmt``, ``call``,
``assign``); its state is the function being walked, the current loop
depth and, per label, whether a backward ``goto`` makes it a loop.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..ir import nodes as ir
from .assign import AssignMixin
from .builder import GraphBuilder
from .call import CallMixin
from .expr import ExprMixin
from .stmt import StmtMixin


class Walker(ExprMixin, StmtMixin, AssignMixin, CallMixin):
    """Walks one function's body into its batch's graph."""

    def __init__(self, b: GraphBuilder, fn: ir.Func) -> None:
        self.b = b
        self.fn = fn
        self.loop_depth = 1
        self.labels: dict[str, str] = {}

    def walk_closure(self, fn: ir.Func) -> None:
        walk_func(self.b, fn)


def walk_func(b: GraphBuilder, fn: ir.Func) -> None:
    """Walk ``fn``'s body; labels a later ``goto`` jumps back to count as loops."""
    w = Walker(b, fn)
    fn.esc_state = 2
    for s in iter_labels(fn.body or [], fn.inlined_labels):
        if isinstance(s, ir.Label):
            w.labels[s.name] = "nonlooping"
        elif w.labels.get(s.label) == "nonlooping":
            w.labels[s.label] = "looping"
    w.block(fn.body or [])


def iter_labels(stmts: list[Any], inlined: bool = False) -> Iterator[Any]:
    """Labels and gotos of a body in pre-order (not entering function literals, but
    entering the bodies of inlined calls, wherever they sit in an expression)."""
    for s in stmts:
        for i in getattr(s, "init", []):
            yield from iter_labels([i], inlined)
        if inlined:
            for body in _inlined_bodies(s):
                yield from iter_labels(body, inlined)
        if isinstance(s, ir.Label):
            yield s
        elif isinstance(s, ir.Branch) and s.kind == "goto":
            yield s
        for name in ("body", "then", "els"):
            lst = getattr(s, name, None)
            if isinstance(lst, list):
                yield from iter_labels(lst, inlined)
        if isinstance(s, (ir.Switch, ir.Select)):
            for case in s.cases:
                yield from iter_labels(case.body, inlined)


def _inlined_bodies(n: Any) -> Iterator[list[Any]]:
    """The bodies of the inlined calls in a statement's own expressions (and their init)."""
    stack = [v for k, v in vars(n).items() if k not in ("body", "then", "els", "init", "cases")]
    seen: set[int] = set()
    while stack:
        x = stack.pop()
        if id(x) in seen:
            continue
        seen.add(id(x))
        if isinstance(x, ir.InlinedCall):
            yield x.init + x.body
        elif isinstance(x, ir.FuncLit):
            continue
        elif isinstance(x, (list, tuple)):
            stack.extend(x)
        elif isinstance(x, ir.Expr):
            stack.extend(x.init)
            stack.extend(v for k, v in vars(x).items() if k != "init")
