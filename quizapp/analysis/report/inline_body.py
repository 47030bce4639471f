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
from ..ir.fmt import expr_string


def body_string(stmts: list[Any]) -> str:
    """The statements as gc's ``Nodes`` format prints them."""
    return "; ".join(s for s in (stmt(x) for x in stmts if not isinstance(x, ir.Decl)) if s is not None)


def stmt(s: Any) -> str | None:
    e = expr_string
    if isinstance(s, ir.Assign):
        if s.x is None and s.y is not None and not s.op:
            return f"_ = {e(s.y)}"
        x = e(s.x) if s.x is not None else "_"
        if s.op:
            if getattr(s, "incdec", False):
                return f"{x}{'++' if s.op == '+' else '--'}"
            return f"{x} {s.op}= {e(s.y)}"
        if s.y is None:
            return f"{x} = <nil>"
        return f"{x} {':=' if s.define else '='} {e(s.y)}"
    if isinstance(s, ir.Assign2):
        lhs = ", ".join(e(x) if x is not None else "_" for x in s.lhs)
        rhs = ", ".join(e(y) for y in s.rhs)
        return f"{lhs} {':=' if s.define else '='} {rhs}"
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
    if isinstance(s, (ir.For, ir.Range)):
        return "for loop"
    if isinstance(s, ir.Switch):
        return "switch statement"
    if isinstance(s, ir.Select):
        return "select statement"
    if isinstance(s, ir.Block):
        return body_string(s.body) or None
    if isinstance(s, ir.GoDefer):
        return ("go " if s.is_go else "defer ") + e(s.call)
    if isinstance(s, ir.Send):
        return f"{e(s.ch)} <- {e(s.value)}"
    if isinstance(s, ir.Label):
        return f"{s.name}: "
    if isinstance(s, ir.Branch):
        return f"{s.kind} {s.label}" if s.label else s.kind
    return "?"
