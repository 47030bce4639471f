"""Package-level initialisers laid out statically, as gc's ``staticinit`` does.

gc does not run ``var x = []T{{"a", f()}}`` as code: the linker lays out
what is constant (a static backing array for the slice, a static temporary
for ``&T{...}`` or for a value boxed into an interface, function literals
that capture nothing), and only the parts that must be computed (``f()``, a
map literal, a closure) become assignments in the package initialiser.
Escape analysis sees only those assignments, so a static slice or pointer
literal prints nothing. ``residue`` splits an initialiser the same way.
"""

from __future__ import annotations

from ..ir import nodes as ir


def residue(e: ir.Expr) -> tuple[list[ir.Expr], list[ir.Func]]:
    """The parts of an initialiser computed at init time, and the function
    literals laid out statically (compiled like declared functions)."""
    parts: list[ir.Expr] = []
    funcs: list[ir.Func] = []
    if not _static(e, parts, funcs):
        parts.append(e)
    return parts, funcs


def _assign(e: ir.Expr, parts: list[ir.Expr], funcs: list[ir.Func]) -> None:
    """gc's ``assign``: lay ``e`` out statically, or leave it to init-time code."""
    if not _static(e, parts, funcs):
        parts.append(e)


def _static(e: ir.Expr, parts: list[ir.Expr], funcs: list[ir.Func]) -> bool:
    """gc's ``StaticAssign``: whether ``e`` is laid out statically (its computed
    sub-parts go to ``parts``)."""
    while isinstance(e, ir.Conv) and e.op is ir.ConvOp.NOP:
        e = e.x
    if isinstance(e, (ir.Nil, ir.Const, ir.FuncName, ir.MethodExpr)):
        return True
    if isinstance(e, ir.Addr):
        return isinstance(e.x, ir.GlobalName)
    if isinstance(e, ir.PtrLit):
        if e.lit.kind == "map":
            return False
        _assign(e.lit, parts, funcs)    # a static temporary holds the literal
        return True
    if isinstance(e, ir.Conv) and e.op is ir.ConvOp.STR2BYTES:
        return isinstance(e.x, ir.Const)
    if isinstance(e, ir.CompLit):
        if e.kind == "map":
            return False
        for _, v in e.elems:
            if not isinstance(v, (ir.Const, ir.Nil)):
                _assign(v, parts, funcs)
        return True
    if isinstance(e, ir.FuncLit):
        if e.func.closure_vars:
            return False
        funcs.append(e.func)
        return True
    if isinstance(e, ir.Conv) and e.op is ir.ConvOp.IFACE:
        val = e.x
        while isinstance(val, ir.Conv) and val.op is ir.ConvOp.IFACE:
            val = val.x
        if val.type.is_interface():
            return isinstance(val, ir.Nil)
        if getattr(val.type, "is_shape", False):
            return False
        if isinstance(val, ir.Nil):
            return True
        _assign(val, parts, funcs)      # the value itself, or a static temporary holding it
        return True
    return False
