"""The names gc gives the variables of standard-library code compiled or inlined in the
user's package: qualified by their package (``slices.s``), except a result's ``~r0`` and
the variables of the function literals the code holds."""

from __future__ import annotations

from ..ir import nodes as ir
from .stdsource import Home


def qualify_vars(fn: ir.Func, home: Home) -> None:
    """gc names a standard-library body's variables after their package (``slices.s``),
    and an instance and its closures too in inlining lines (``slices.Sort[...]``); not
    the results' ``~r0``, nor the parameters and locals of the function literals it holds
    (gc reads a literal afresh in the user's package: ``yield does not escape``)."""
    for v in unqualified(fn):
        v.qualified = True  # type: ignore[attr-defined]
    for f in with_literals(fn):
        if f is not fn and not hasattr(f, "qual_name"):
            f.qual_name = home.qualifier + f.name  # type: ignore[attr-defined]
        f.pkg_qualifier = home.qualifier  # type: ignore[attr-defined]
        for v in [*f.dcl, *f.params, *f.results, *([f.recv] if f.recv is not None else [])]:
            if not v.is_temp and not getattr(v, "qualified", False):
                v.name = home.qualifier + v.name
                v.qualified = True  # type: ignore[attr-defined]


def unqualified(fn: ir.Func) -> list[ir.Var]:
    """The variables of a standard-library body that gc names without their package."""
    out = [r for r in fn.results if r.unnamed or r.name.startswith("~")]
    for f in with_literals(fn)[1:]:
        out += [*f.params, *f.results, *f.dcl]
    return out


def with_literals(fn: ir.Func) -> list[ir.Func]:
    """``fn`` first, then the function literals it holds at any depth, each once."""
    out: list[ir.Func] = []
    todo = [fn]
    seen: set[int] = set()
    while todo:
        f = todo.pop()
        if id(f) in seen:
            continue
        seen.add(id(f))
        out.append(f)
        todo.extend(c for c in f.callees if fn.contains(c))
    return out
