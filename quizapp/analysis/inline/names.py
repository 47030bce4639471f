"""The names gc prints for functions in inlining lines.

Most are the IR's own names (``f``, ``(*T).M``, ``main.func1``,
``main.deferwrap1``, ``init.0``); a function of another package is
qualified by its package name (``fmt.Println``, ``(*strings.Builder).WriteString``).
"""

from __future__ import annotations

from ..ir import nodes as ir


def display_name(fn: ir.Func) -> str:
    """``fn`` as gc's ``-m`` lines name it."""
    name = fn.name
    if fn.external and name.startswith("(*") and "." in name:
        pkg, _, rest = name[2:].partition(".")
        return f"{pkg}.(*{rest}"
    return name
