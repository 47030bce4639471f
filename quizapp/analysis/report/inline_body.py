"""A function's body as ``-m=2`` prints it after ``can inline F with cost N as:``.

gc prints the body it keeps for inlining with its IR printer's statement
forms, joined by ``; ``: declarations are left out, a variable declared
without a value is ``x = <nil>``, ``x++`` stays ``x++``, an ``if`` shows
its branches, loops and switches shrink to ``for loop`` and ``switch
statement``, an empty ``return`` keeps its space, a label is ``L: ``.
"""

from __future__ import annotations

from typing import Any

from ..ir import nodes as ir
from ..ir.fmt import expr_string, stmt_string


def body_string(stmts: list[Any]) -> str:
    """The statements as gc's ``Nodes`` format prints them."""
    return "; ".join(s for s in (stmt(x) for x in stmts if not isinstance(x, ir.Decl)) if s is not None)


def stmt(s: Any) -> str | None:
    """One statement; the forms ``-m=2`` notes print alike come from ``ir.fmt.stmt_string``."""
    e = expr_string
    if isinstance(s, ir.Assign) and s.y is None and not s.op:
        return f"{e(s.x) if s.x is not None else '_'} = <nil>"
    if isinstance(s, ir.Assign) and s.x is None and not s.op:
        return f"_ = {e(s.y)}"
    if isinstance(s, ir.ExprStmt):
        return e(s.x)
    if isinstance(s, ir.Return):
        return "return " + ", ".join(e(r) for r in s.results)
    if isinstance(s, ir.If):
        if s.static:
            return body_string(s.then if s.static > 0 else s.els) or None
        out = f"if {e(s.cond)} {{ {body_string(s.then)} }}"
        if s.els:
            out += f" else {{ {body_string(s.els)} }}"
        return out
    if isinstance(s, ir.Block):
        return body_string(s.body) or None
    if isinstance(s, ir.Label):
        return f"{s.name}: "
    if isinstance(s, ir.Branch):
        return f"{s.kind} {s.label}" if s.label else s.kind
    return stmt_string(s)
