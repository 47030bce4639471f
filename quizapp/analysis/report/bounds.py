"""Walk-phase lines: ``index bounds check elided``.

After escape analysis gc walks every function it compiles, and with
``-m`` its ``walkIndex`` says so each time it can prove an index in range
without a check: indexing an array (or a pointer to one) or a constant
string with a non-constant index whose value cannot reach the length
(``a[i&15]`` for ``[16]T``, unsigned ``i%8``, ``i>>60``, a ``byte`` index
into ``[256]T``). These lines come after all of escape analysis's, one
function at a time in gc's compile order: the package initialiser, the
declared functions and methods in source order (each followed by its
function literals, last first, as gc's work stack pops them), then the
generic instances in the order they were made. Inside a function they
follow gc's evaluation order, innermost index first.

The rule is gc's ``bounded`` (walk/expr.go), read for its behaviour.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any, Iterator

from ..errors import Pos
from ..ir import nodes as ir
from ..types import model as T
from ..types.constant import string_bytes

MESSAGE = "index bounds check elided"


def bounds_lines(funcs: list[ir.Func]) -> Iterator[Pos]:
    """The position of each elided bounds check, functions in the order given."""
    for fn in funcs:
        stack = [fn]
        while stack:
            f = stack.pop()
            lits: list[ir.Func] = []
            found: list[Pos] = []
            for stmt in f.body or []:
                _visit(stmt, lits, found)
            yield from found
            stack.extend(lits)


_LEAVES = (ir.Var, ir.Func, ir.Global, T.Type, Pos)
_NOT_NODES: set[type] = {type(None), str, int, bool}
"""Classes that are not IR nodes (strings, numbers...), learned as they are met."""


def _visit(node: Any, lits: list[ir.Func], found: list[Pos]) -> None:
    """Append to ``found`` the elided checks under ``node``, in gc's walk order (a plain
    recursion: a big function has hundreds of thousands of nodes)."""
    cls = type(node)
    order = _ORDERS.get(cls)
    if order is None:
        if cls in _NOT_NODES:
            return
        if isinstance(node, (list, tuple)):      # a NamedTuple of nodes too
            for x in node:
                if type(x) not in _NOT_NODES:
                    _visit(x, lits, found)
            return
        if not is_dataclass(node) or isinstance(node, _LEAVES):
            _NOT_NODES.add(cls)
            return
        if cls is ir.FuncLit:
            _visit(node.init, lits, found)
            lits.append(node.func)
            return
        order = _order(node)
    for name in order:
        x = getattr(node, name)
        t = type(x)
        if t not in _NOT_NODES and not (t is list and not x):
            _visit(x, lits, found)
    if cls is ir.Index and _elided(node):
        found.append(node.pos)


_ORDERS: dict[type, list[str]] = {}
_SPECIAL = {
    ir.Call: ["init", "fun", "recv", "args"],
    ir.Range: ["init", "x", "key", "value", "body", "func_body"],
    # the call's arguments are the right-hand side of the parameters' assignment in init
    ir.InlinedCall: ["init", "body"],
}
_SKIP = {"pos", "type", "var", "glob", "func", "recv_type", "type_arg", "per_iter", "implicit"}


def _order(node: Any) -> list[str]:
    """The fields of a node in the order gc's walk reaches them."""
    cls = type(node)
    order = _ORDERS.get(cls)
    if order is None:
        order = _SPECIAL.get(cls) or [f.name for f in fields(node)
                                      if f.name not in _SKIP and f.name != "init"]
        if "init" not in order and any(f.name == "init" for f in fields(node)):
            order = ["init", *order]
        _ORDERS[cls] = order
    return order


def _elided(n: ir.Index) -> bool:
    """gc's walkIndex: the check goes, and -m says so, for a non-constant index
    that cannot reach the array's or constant string's length."""
    if isinstance(n.index, ir.Const):
        return False
    t = n.x.type.under
    if isinstance(t, T.Pointer):
        t = t.elem.under
    if isinstance(t, T.Array):
        return _bounded(n.index, t.length)
    if isinstance(n.x, ir.Const) and isinstance(n.x.value, str):
        return _bounded(n.index, string_bytes(n.x.value))  # (invalid UTF-8 kept as surrogates)
    return False


def _small_int(x: ir.Expr) -> int | None:
    """The value of a constant integer that fits in 32 bits (gc's IsSmallIntConst)."""
    if isinstance(x, ir.Const) and isinstance(x.value, int) and not isinstance(x.value, bool):
        v = int(x.value)
        if -(1 << 31) <= v < (1 << 31):
            return v
    return None


def _bounded(n: ir.Expr, limit: int) -> bool:
    u = n.type.under
    if not (isinstance(u, T.Basic) and u.is_integer()):
        return False
    sign = u.info is T.BasicInfo.INT
    bits = 8 * u.size()
    v0 = _small_int(n)
    if v0 is not None:
        return 0 <= v0 < limit
    if isinstance(n, ir.Binary):
        if n.op in ("&", "&^"):
            v = -1
            vx, vy = _small_int(n.x), _small_int(n.y)
            if vx is not None:
                v = vx
            elif vy is not None:
                v = vy
                if n.op == "&^":
                    v = ~v
                    if not sign:
                        v &= (1 << bits) - 1
            if 0 <= v < limit:
                return True
        elif n.op == "%":
            v = _small_int(n.y)
            if not sign and v is not None and 0 <= v <= limit:
                return True
        elif n.op == "/":
            v = _small_int(n.y)
            if not sign and v is not None:
                while bits > 0 and v >= 2:
                    bits -= 1
                    v >>= 1
        elif n.op == ">>":
            v = _small_int(n.y)
            if not sign and v is not None:
                if v > bits:
                    return limit > 0
                bits -= v
    return not sign and bits <= 62 and (1 << bits) <= limit
