"""Types of the standard library the interpreter needs by name.

An exported type comes from the program's own analysis (``std_type``), so
that a program asserting ``err.(*strconv.NumError)`` compares against the
very type the value carries. An unexported one (``*errors.errorString``)
is made here once, with its methods implemented natively.
"""

from __future__ import annotations

from typing import Any

from ...analysis.errors import NOPOS
from ...analysis.ir import nodes as ir
from ...analysis.types import model as T


def synthetic(pkg: str, name: str, underlying: T.Type,
              methods: dict[str, tuple[T.Signature, bool]]) -> T.Named:
    """A named type of package ``pkg`` whose methods are natives ``pkg.(*name).M`` or ``pkg.name.M``."""
    named = T.Named(name, underlying=underlying, pkg=pkg)
    for mname, (sig, ptr) in methods.items():
        recv: T.Type = T.Pointer(named) if ptr else named
        fname = f"{pkg}.(*{name}).{mname}" if ptr else f"{pkg}.{name}.{mname}"
        fn = ir.Func(fname, NOPOS, T.Signature(sig.params, sig.results, sig.variadic,
                                               recv=T.Param("", recv)))
        fn.external = True
        named.methods[mname] = fn
    return named


def sig(params: list[T.Type], results: list[T.Type], variadic: bool = False) -> T.Signature:
    return T.Signature([T.Param("", p) for p in params], [T.Param("", r) for r in results],
                       variadic)


STRING_RESULT = sig([], [T.STRING])


def std_type(m: Any, path: str, name: str) -> T.Type:
    """The program's own copy of an exported standard-library type."""
    uni = m.prog.universe
    if uni is None:
        from ...analysis.noder.importer import Universe
        uni = m.prog.universe = Universe()
    return uni.named_type(path, name)
