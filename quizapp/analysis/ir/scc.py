"""The call graph's strongly connected components, callees first.

Escape analysis needs every callee's summary before its callers, and
mutually recursive functions analysed together: Tarjan's algorithm over
the static call graph gives exactly that order (gc's ``VisitFuncsBottomUp``).
Closures belong to the component of the function that holds them.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import nodes as ir


def bottom_up(funcs: list[ir.Func]) -> list[list[ir.Func]]:
    """Tarjan's SCCs over the static call graph, callees first.

    gc's numbering (``visitgen``, lows one apart) with an explicit work
    stack, so a call chain thousands of functions long needs no deep recursion.
    """
    node_id: dict[int, int] = {}
    stack: list[ir.Func] = []
    out: list[list[ir.Func]] = []
    gen = 0
    done = 1 << 62

    def enter(n: ir.Func) -> tuple[ir.Func, int, int, Iterator[ir.Func]]:
        nonlocal gen
        gen += 1
        my = gen
        node_id[id(n)] = my
        gen += 1
        stack.append(n)
        return n, my, gen, iter(n.callees)

    for f in funcs:
        if f.is_closure or f.external or id(f) in node_id:
            continue
        work = [enter(f)]
        while work:
            n, my, low, callees = work[-1]
            c = next(callees, None)
            if c is not None:
                if c.external:
                    continue
                if id(c) not in node_id:
                    work.append(enter(c))
                    continue
                if node_id[id(c)] < low:
                    work[-1] = (n, my, node_id[id(c)], callees)
                continue
            work.pop()
            if (low == my or low == my + 1) and not n.is_closure:
                i = len(stack) - 1
                while i >= 0:
                    x = stack[i]
                    node_id[id(x)] = done
                    if x is n:
                        break
                    i -= 1
                out.append(stack[i:])
                del stack[i:]
            if work:
                pn, pmy, plow, pcallees = work[-1]
                if low < plow:
                    work[-1] = (pn, pmy, low, pcallees)
    return out
