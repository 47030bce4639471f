"""The names gc prints for functions in inlining lines.

Most are the IR's own names (``f``, ``(*T).M``, ``main.func1``,
``main.deferwrap1``, ``init.0``); a function of another package is
qualified by its package name (``fmt.Println``, ``strings.(*Builder).WriteString``), and so is a
standard-library generic instance compiled in the user's package (``slices.Sort[go.shape.int]``).
"""

from __future__ import annotations

from ..ir import nodes as ir


def display_name(fn: ir.Func) -> str:
    """``fn`` as gc's ``-m`` lines name it."""
    name = fn.name
    if fn.external and name.startswith("(*") and "." in name:
        pkg, _, rest = name[2:].partition(".")
        return f"{pkg}.(*{rest}"
    return qualified(name, getattr(fn, "pkg_qualifier", ""))


def qualified(name: str, qualifier: str) -> str:
    """A standard-library instance's name in the user's package, with its package
    (``qualifier``, ``"atomic."``): ``atomic.(*Pointer[main.Config]).Load``."""
    if qualifier and name.startswith("(*"):
        return f"{qualifier}(*{name[2:]}"
    return qualifier + name
