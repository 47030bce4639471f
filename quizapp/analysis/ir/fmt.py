"""Printing expressions and statements the way gc's IR printer does.

Diagnostics name what they speak about (``&T{...} escapes to heap``,
``a.s + " world" escapes to heap``) in the compiler's own spelling, which
is the desugared tree's: implicit nodes are invisible, method calls print
as method-expression calls, constants print their value, composite
literals abbreviate their contents to ``...``.
"""

from __future__ import annotations

from typing import Any

from ..types import constant as C
from ..types import model as T
from . import nodes as ir

PREC_UNARY = 7
BINARY_PREC = {"*": 6, "/": 6, "%": 6, "<<": 6, ">>": 6, "&": 6, "&^": 6,
               "+": 5, "-": 5, "|": 5, "^": 5,
               "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4,
               "&&": 2, "||": 1}

DEFAULT_TYPES = {"int", "float64", "complex128", "rune", "string", "bool"}


def prec(e: Any) -> int:
    t = type(e)
    if (t is ir.Addr or t is ir.Deref or t is ir.Conv) and e.implicit:
        return prec(e.x)
    if t is ir.InlinedCall or getattr(e, "inlined_results", None):
        return 0                     # gc has no precedence for an inlined call: (~r0) + 1
    if t is ir.Binary:
        return BINARY_PREC[e.op]
    if t is ir.AddStr:
        return 5
    if t in _UNARY_PREC:
        return PREC_UNARY
    if t is ir.Const:
        s = const_string(e)
        if s.startswith("-"):
            return PREC_UNARY
    if t is ir.PtrLit or (t is ir.Builtin and e.name in _UNRANKED_BUILTINS):
        return 0                     # not in gc's precedence table: parenthesised wherever it binds
    return 8


_UNARY_PREC = frozenset({ir.Unary, ir.Addr, ir.Deref, ir.Recv})
_UNRANKED_BUILTINS = frozenset({"real", "imag", "complex", "recover"})


def expr_string(e: Any, need: int = 0) -> str:
    s = _expr(e)
    if prec(e) < need:
        return f"({s})"
    return s


def type_name_string(t: T.Type, spelled: str) -> str:
    return spelled or T.type_string(t)


def _is_named_type_text(t: T.Type, spelled: str) -> bool:
    if isinstance(t, (T.Named, T.Basic)):
        return True
    if spelled in ("any", "error"):
        return True
    return False


def _expr(e: Any) -> str:
    """An expression as gc prints it; one function per node class (a hot path of -m=2)."""
    f = _EXPR.get(type(e))
    if f is None:
        f = next((_EXPR[c] for c in type(e).__mro__ if c in _EXPR), _x_unknown)
        _EXPR[type(e)] = f
    return f(e)


def _x_unknown(e: Any) -> str:
    return "?"


def _x_unary(e: Any) -> str:
    sep = " " if isinstance(e.x, ir.Unary) and e.x.op == e.op else ""
    return e.op + sep + expr_string(e.x, PREC_UNARY + 1)


def _x_addr(e: Any) -> str:
    if e.implicit:
        return _expr(e.x)
    return "&" + expr_string(e.x, PREC_UNARY + 1)


def _x_deref(e: Any) -> str:
    if e.implicit:
        return _expr(e.x)
    return "*" + expr_string(e.x, PREC_UNARY + 1)


def _x_recv(e: Any) -> str:
    sep = " " if isinstance(e.ch, ir.Recv) else ""
    return "<-" + sep + expr_string(e.ch, PREC_UNARY + 1)


def _x_binary(e: Any) -> str:
    p = BINARY_PREC[e.op]
    return f"{expr_string(e.x, p)} {e.op} {expr_string(e.y, p + 1)}"


def _x_slice(e: Any) -> str:
    parts = [_expr(p) if p is not None else "" for p in (e.lo, e.hi)]
    s = ":".join(parts)
    if e.max is not None:
        s += ":" + _expr(e.max)
    return f"{expr_string(e.x, 8)}[{s}]"


def _x_conv(e: Any) -> str:
    if e.implicit:
        return _expr(e.x)
    if _is_named_type_text(e.type, e.type_text):
        return f"{e.type_text or T.type_string(e.type)}({_expr(e.x)})"
    return f"({e.type_text or T.type_string(e.type)})({_expr(e.x)})"


def _x_call(e: Any) -> str:
    if getattr(e, "inlined_results", None):
        return _results_string(e.inlined_results)
    args = [_expr(a) for a in e.args]
    if e.args and (isinstance(e.args[-1], ir.CompLit) and e.args[-1].ddd_arg or e.ddd or
                   isinstance(e.args[-1], ir.Nil) and e.args[-1].implicit):
        args[-1] += "..."
    if e.dict_text is not None:
        args.insert(1 if isinstance(e.fun, ir.MethodExpr) else 0, e.dict_text)
    if e.iface:
        return f"{_expr(e.fun)}({', '.join(args)})"
    fun = expr_string(e.fun, 8)
    if isinstance(e.fun, ir.FuncLit):
        fun = f"({fun})"
    return f"{fun}({', '.join(args)})"


def _x_builtin(e: Any) -> str:
    if e.name == "new":
        return f"new({e.type_text or T.type_string(e.type_arg)})"
    if e.name == "make":
        parts = [e.type_text or T.type_string(e.type_arg)] + [_expr(a) for a in e.args]
        return f"make({', '.join(parts)})"
    args = [_expr(a) for a in e.args]
    if e.ddd and args:
        args[-1] += "..."
    return f"{e.name}({', '.join(args)})"


def _x_complit(e: Any) -> str:
    if e.ddd_arg:
        return "... argument"
    t = e.type_text or T.type_string(e.type)
    return f"{t}{{...}}" if e.elems else f"{t}{{}}"


_EXPR: dict[type, Any] = {
    ir.Name: lambda e: e.var.name,
    ir.GlobalName: lambda e: e.glob.name,
    ir.FuncName: lambda e: getattr(e.func, "qual_name", None) or e.func.name,
    ir.MethodExpr: lambda e: getattr(e.func, "qual_name", None) or e.func.name,
    ir.Const: lambda e: const_string(e),
    ir.Nil: lambda e: "nil",
    ir.Unary: _x_unary,
    ir.Addr: _x_addr,
    ir.Deref: _x_deref,
    ir.Recv: _x_recv,
    ir.Binary: _x_binary,
    ir.AddStr: lambda e: " + ".join(expr_string(o, 0) for o in e.operands),  # OADDSTR: no precedence
    ir.Dot: lambda e: f"{expr_string(e.x, 8)}.{e.field}",
    ir.Index: lambda e: f"{expr_string(e.x, 8)}[{_expr(e.index)}]",
    ir.SliceExpr: _x_slice,
    ir.Conv: _x_conv,
    ir.TypeAssert: lambda e: "<node DYNAMICDOTTYPE>" if e.dynamic else f"{expr_string(e.x, 8)}.({e.type_text})",
    ir.InlinedCall: lambda e: _results_string([r.name for r in e.results]),
    ir.Call: _x_call,
    ir.Builtin: _x_builtin,
    ir.CompLit: _x_complit,
    ir.PtrLit: lambda e: "&" + _expr(e.lit),
    ir.FuncLit: lambda e: "func literal",
    ir.MethodValue: lambda e: e.text,
    ir.DictEntry: lambda e: e.text,
}
"""How each expression class prints (a subclass prints as its nearest listed base)."""


def _results_string(names: list[str]) -> str:
    """An inlined call prints as its result variable, or ``(.[~r0 ~r1])`` for several."""
    if len(names) == 1:
        return names[0]
    return "(.[" + " ".join(names) + "])"


def const_string(e: ir.Const) -> str:
    v = e.value
    t = e.type
    alias = e.alias
    tname = alias or T.type_string(t)
    if t.is_untyped():
        t = T.default_type(t)
        tname = T.type_string(t)
    if isinstance(v, bool):
        s = "true" if v else "false"
    elif tname == "rune" and isinstance(v, int) and not isinstance(v, bool):
        if 0 <= v <= 0x10FFFF:
            return C.quote_rune(int(v))
        return f"rune({v})"
    elif isinstance(v, int):
        s = str(v)
    elif isinstance(v, float):
        s = C.format_float(v)
    elif isinstance(v, complex):
        s = f"({C.format_float(v.real)} + {C.format_float(v.imag)}i)"
    elif isinstance(v, (str, C.LongString)):
        s = C.shown_string(v)
    else:
        s = str(v)
    if tname in DEFAULT_TYPES or isinstance(t, T.Basic) and t.name in DEFAULT_TYPES and not alias:
        return s
    return f"{tname}({s})"


def stmt_string(s: Any) -> str:
    """Statements as -m=2 notes print them."""
    if isinstance(s, ir.Assign):
        x = _expr(s.x) if s.x is not None else "_"
        if s.y is None:
            return f"var {x} {T.type_string(s.x.type) if s.x is not None else ''}".rstrip()
        if s.op:
            if isinstance(s.y, ir.Const) and s.y.value == 1 and getattr(s, "incdec", False):
                return f"{x}{'++' if s.op == '+' else '--'}"
            return f"{x} {s.op}= {_expr(s.y)}"
        if s.define:
            return f"{x} := {_expr(s.y)}"
        return f"{x} = {_expr(s.y)}"
    if isinstance(s, ir.Assign2):
        lhs = ", ".join(_expr(x) if x is not None else "_" for x in s.lhs)
        rhs = ", ".join(_expr(y) for y in s.rhs)
        return f"{lhs} {':=' if s.define else '='} {rhs}"
    if isinstance(s, ir.Return):
        return "return " + ", ".join(_expr(r) for r in s.results) if s.results else "return"
    if isinstance(s, ir.Send):
        return f"{expr_string(s.ch, 3)} <- {expr_string(s.value, 4)}"
    if isinstance(s, (ir.Range, ir.For)):
        return "for loop"
    if isinstance(s, ir.CaseClause):
        # gc's OCASE: the listed values (a type switch's types), then the body
        listed = [_expr(x) for x in s.exprs] or [T.type_string(t) if t is not None else "nil"
                                                 for t in s.types]
        head = "case " + ", ".join(listed) if listed else "default"
        body = "; ".join(stmt_string(x) for x in s.body if not isinstance(x, ir.Decl))
        return f"{head}: {body}"
    if isinstance(s, ir.Switch):
        return "switch statement"
    if isinstance(s, ir.Select):
        return "select statement"
    if isinstance(s, ir.GoDefer):
        return ("go " if s.is_go else "defer ") + _expr(s.call)
    return "?"


def node_string(n: Any) -> str:
    if isinstance(n, ir.Expr):
        return _expr(n)
    if isinstance(n, ir.Var):
        return n.name
    return stmt_string(n)


def signature_string(fn: ir.Func) -> str:
    """A function's type as gc prints it in ``can inline`` lines: ``method(*T) func() int``."""
    s = "func" + T.signature_string(fn.sig)
    if fn.sig.recv is not None:
        return f"method({T.type_string(fn.sig.recv.type)}) {s}"
    return s
