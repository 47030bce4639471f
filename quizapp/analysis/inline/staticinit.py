"""Calls inlined into the package initialiser that gc turns into static data.

gc lays out a package-level variable's initial value at link time when it
can (``var q = &T{2}`` needs no code). After inlining, it tries the same on
an inlined call whose body is a single ``return`` (gc's
``staticAssignInlinedCall``): the arguments are substituted for the
parameters, and if the result is static data (``var p = mk(4)`` with
``mk`` returning ``&T{n}``), the call leaves the initialiser: nothing in it
is allocated at run time, and nothing of it is printed.
"""

from __future__ import annotations

import copy
from typing import Any

from ..ir import nodes as ir
from ..noder.staticinit import residue
from .clone import Template
from .walk import walk_all


def becomes_static(fn: ir.Func, t: Template, inlined: ir.InlinedCall) -> bool:
    """Is ``inlined``, the value of a package-level variable, laid out statically?"""
    stmt = next((s for s in fn.body or [] if isinstance(s, ir.Assign) and s.y is inlined), None)
    if stmt is None or not isinstance(stmt.x, ir.GlobalName):
        return False
    if len(t.body) != 1 or not isinstance(t.body[0], ir.Return) or t.body[0].init or \
            len(t.body[0].results) != 1:
        return False
    call = inlined.call
    if call.init or call.fun.init:
        return False
    as2 = next((s for s in inlined.init if isinstance(s, ir.Assign2)), None)
    ret = next((s for s in walk_all(inlined.body) if isinstance(s, ir.Assign2)), None)
    if as2 is None or ret is None or len(ret.rhs) != 1:
        return False
    args: dict[int, ir.Expr] = {}
    for x, a in zip(as2.lhs, as2.rhs):
        if x is None:
            continue
        if x.var.addrtaken_syntax or not _no_side_effects(a):
            return False
        args[id(x.var)] = a
    uses: dict[int, int] = {}
    for n in walk_all([ret.rhs[0]]):
        if isinstance(n, ir.Name) and id(n.var) in args:
            uses[id(n.var)] = uses.get(id(n.var), 0) + 1
        if isinstance(n, ir.FuncLit) and n.func.is_closure:
            return False              # it captured a parameter: no substitution
    if any(c > 1 and not isinstance(args[v], (ir.Const, ir.Nil, ir.GlobalName, ir.FuncName))
           for v, c in uses.items()):
        return False
    value = _subst(ret.rhs[0], args)
    if not (not residue(value)[0] or isinstance(value, ir.Conv) and value.op is ir.ConvOp.IFACE
            and isinstance(value.x, (ir.Const, ir.Nil))):
        return False
    fn.body = [s for s in fn.body or [] if s is not stmt]
    return True


def _no_side_effects(e: Any) -> bool:
    return not any(isinstance(n, (ir.Call, ir.InlinedCall, ir.Recv, ir.Builtin))
                   for n in walk_all([e]))


def _subst(e: Any, args: dict[int, ir.Expr]) -> Any:
    if isinstance(e, ir.Name) and id(e.var) in args:
        return args[id(e.var)]
    if isinstance(e, list):
        return [_subst(x, args) for x in e]
    if isinstance(e, tuple):
        return tuple(_subst(x, args) for x in e)
    if not isinstance(e, (ir.Expr, ir.Stmt)) or isinstance(e, ir.FuncLit):
        return e
    new = copy.copy(e)
    for k, v in vars(new).items():
        if isinstance(v, (list, tuple, ir.Expr)):
            setattr(new, k, _subst(v, args))
    return new
