"""Operands: what checking an expression yields, and how gc describes one in a message.

An operand is an expression with its *mode* (a constant, an addressable
variable, a map index, a computed value, a type, nothing...), its type and,
for a constant, its exact value. gc's messages describe operands in a fixed
shape: ``x (variable of type int)``, ``c (variable of struct type counter)``,
``limit (untyped int constant 10)``, ``42 (untyped int constant)``, ``nil``.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from tree_sitter import Node

from ..errors import Pos
from ..syntax.nodes import start_pos
from ..types import model as T
from . import constant as C
from .exprstr import expr_string
from .typemodel import INVALID, TypeParam, is_generic, is_valid
from .typestr import Qualifier, type_string


class OperandMode(IntEnum):
    """What an operand is (types2's operandMode)."""

    INVALID = 0
    NOVALUE = 1
    BUILTIN = 2
    TYPEXPR = 3
    CONSTANT = 4
    VARIABLE = 5
    MAPINDEX = 6
    VALUE = 7
    NILVALUE = 8
    COMMAOK = 9
    COMMAERR = 10


class Mode:
    """``OperandMode``'s members as plain class attributes, the names the checker uses.

    On Python 3.11 every ``SomeEnum.MEMBER`` goes through ``EnumType.__getattr__``'s
    lookup hook, several times slower than reading a class attribute, and the checker
    reads a mode at almost every step of every expression."""

    INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK, \
        COMMAERR = OperandMode


MODE_TEXT = {
    Mode.INVALID: "invalid operand", Mode.NOVALUE: "no value", Mode.BUILTIN: "built-in",
    Mode.TYPEXPR: "type", Mode.CONSTANT: "constant", Mode.VARIABLE: "variable",
    Mode.MAPINDEX: "map index expression", Mode.VALUE: "value", Mode.NILVALUE: "nil",
    Mode.COMMAOK: "comma, ok expression", Mode.COMMAERR: "comma, error expression",
}


class Operand:
    """The result of checking one expression."""

    __slots__ = ("mode", "type", "val", "node", "builtin", "text", "lhs_shift", "targs")

    def __init__(self, mode: OperandMode = Mode.INVALID, typ: T.Type = INVALID, val: Any = None,
                 node: Node | None = None) -> None:
        self.mode = mode
        self.type = typ
        self.val = val
        self.node = node
        self.builtin: str | None = None
        self.text: str | None = None      # printed instead of the node (dummy operands)
        self.lhs_shift = False             # untyped constant shifted by a non-constant count
        self.targs: list[T.Type] | None = None   # explicit type arguments of a partial instantiation

    def valid(self) -> bool:
        return self.mode is not Mode.INVALID

    def invalidate(self) -> None:
        self.mode = Mode.INVALID

    def is_nil(self) -> bool:
        return self.mode is Mode.NILVALUE

    def pos(self) -> Pos:
        n = self.node
        if n is None:
            return Pos(0, 0)
        return start_pos(n)

    def copy(self) -> Operand:
        o = Operand(self.mode, self.type, self.val, self.node)
        o.builtin, o.text, o.lhs_shift = self.builtin, self.text, self.lhs_shift
        return o

    def expr(self) -> str:
        if self.text is not None:
            return self.text
        return expr_string(self.node)


def composite_kind(t: T.Type) -> str:
    u = t.under
    if isinstance(u, T.Basic):
        return ""
    return {T.Array: "array", T.Slice: "slice", T.Struct: "struct", T.Pointer: "pointer",
            T.Signature: "func", T.Map: "map", T.Chan: "chan",
            T.Tuple: "tuple"}.get(type(u), "interface" if isinstance(u, T.Interface) else "")


def describe(x: Operand, qf: Qualifier) -> str:
    """types2's operandString."""
    if x.mode is Mode.NILVALUE:
        if x.type is T.UNTYPED_NIL:
            return "nil"
        if not is_valid(x.type):
            return "nil (with invalid type)"
        return f"nil (of type {type_string(x.type, qf)})"
    expr = x.expr() if (x.node is not None or x.text is not None) else ""
    if not expr:
        if x.mode is Mode.BUILTIN:
            expr = x.builtin or ""
        elif x.mode is Mode.TYPEXPR:
            expr = type_string(x.type, qf)
        elif x.mode is Mode.CONSTANT:
            expr = C.string(x.val)
    out = []
    if expr:
        out.append(expr + " (")
    has_type = False
    if x.mode not in (Mode.INVALID, Mode.NOVALUE, Mode.BUILTIN, Mode.TYPEXPR):
        t = x.type
        if isinstance(t, T.Basic) and t.untyped:
            out.append(t.name + " ")
        else:
            has_type = True
    out.append(MODE_TEXT[x.mode])
    if x.mode is Mode.CONSTANT:
        s = C.string(x.val)
        if s != expr:
            out.append(" " + s)
    if has_type:
        t = x.type
        if is_valid(t):
            desc = "generic " if is_generic(t) else ""
            if not isinstance(t, TypeParam) and (isinstance(t, T.Named) or t is T.ANY_TYPE):
                what = composite_kind(t)
                if not what:
                    u = t.under
                    what = u.name if isinstance(u, T.Basic) else ""
                desc += what + " "
            out.append(" of " + desc + "type " + type_string(t, qf))
            if isinstance(t, TypeParam):
                out.append(" constrained by " + type_string(t.bound, qf))
        else:
            out.append(" with invalid type")
    if expr:
        out.append(")")
    return "".join(out)
