"""The call graph's strongly connected components, callees first.

Escape analysis needs every callee's summary before its callers, and
mutually recursive functions analysed together: Tarjan's algorithm over
the static call graph gives exactly that order (gc's ``VisitFuncsBottomUp``).
Closures belong to the component of the function that holds them.
"""

from __future__ import annotations

import sys

from . import nodes as ir


def bottom_up(funcs: list[ir.Func]) -> list[list[ir.Func]]:
    """Tarjan's SCCs over the static call graph, callees first."""
    node_id: dict[int, int] = {}
    stack: list[ir.Func] = []
    out: list[list[ir.Func]] = []
    gen = [0]
    done = 1 << 62

    def visit(n: ir.Func) -> int:
        if n.external:
            return done
        if id(n) in node_id:
            return node_id[id(n)]
        gen[0] += 1
        my = gen[0]
        node_id[id(n)] = my
        gen[0] += 1
        low = gen[0]
        stack.append(n)
        for c in n.callees:
            m = visit(c)
            if m < low:
                low = m
        if (low == my or low == my + 1) and not n.is_closure:
            i = len(stack) - 1
            while i >= 0:
                x = stack[i]
                node_id[id(x)] = done
                if x is n:
                    break
                i -= 1
            block = stack[i:]
            del stack[i:]
            out.append(block)
        return low

    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 10000))
    try:
        for f in funcs:
            if not f.is_closure:
                visit(f)
    finally:
        sys.setrecursionlimit(old)
    return out
