"""Folding constant expressions, and giving constants their types, within gc's limits.

Every fold is checked as types2 checks it: an untyped integer that grows
past 512 bits is a ``constant multiplication overflow`` (at the operator),
a typed result must fit its type, a shift count must be a non-negative
integer no larger than 1074, and a constant given a type (by assignment, a
declaration or a conversion) must be representable in it. The messages
describe operands as types2 does: ``300 (untyped int constant)``,
``b * b (constant 10000 of type int8)``. A constant the analyzer cannot
represent faithfully (a float beyond float64's range, a comparison of huge
strings) is reported as unsupported rather than rounded.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..errors import GoTypeError, Pos, Unsupported, one_line
from ..ir import nodes as ir
from ..syntax.nodes import pos_of, strip_parens, text
from ..types import constant as C
from ..types import model as T
from .typexpr import TypeReader

COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
OVERFLOW_NAMES = {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication",
                  "<<": "shift"}
"""types2's ``opName``: the operations whose overflow it names."""
SHOWN_SOURCE = 60
"""Source text longer than this is shortened in messages."""


def value_text(e: ir.Const) -> str:
    """A constant's value as types2 prints it in an operand description."""
    v = e.value
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, C.Rune)):
        return str(int(v))
    if isinstance(v, float):
        return C.format_float(v)
    if isinstance(v, complex):
        return f"({C.format_float(v.real)} + {C.format_float(v.imag)}i)"
    if isinstance(v, (str, C.LongString)):
        return C.shown_string(v)
    return str(v)


def operand(e: ir.Const) -> str:
    """types2's description of a constant operand: ``SRC (untyped int constant [VALUE])``."""
    vt = value_text(e)
    src = e.src or vt
    if len(src) > SHOWN_SOURCE or "\n" in src:
        src = src.split("\n")[0][:SHOWN_SOURCE] + "…"
    if e.type.is_untyped():
        what = f"{e.type.name} constant" if src == vt else f"{e.type.name} constant {vt}"
    else:
        what = f"constant {vt} of type {T.type_string(e.type, e.alias)}"
    return f"{src} ({what})"


def family(t: T.Basic) -> str:
    """The kind of values a basic type holds, for operand matching."""
    if t.is_numeric():
        return "numeric"
    return t.info.value


def type_name(e: ir.Expr) -> str:
    return T.type_string(e.type, getattr(e, "alias", None) if isinstance(e, ir.Const) else None)


class ConstFolder(TypeReader):
    """Constant folding and typing for the expression lowerers."""

    def fold(self, pos: Pos, op: str, x: Any, y: Any, int_division: bool) -> Any:
        """``C.binary`` with its refusals turned into positioned errors."""
        try:
            return C.binary(op, x, y, int_division)
        except C.ConstantError as exc:
            raise self.constant_problem(pos, exc) from None

    @staticmethod
    def constant_problem(pos: Pos, exc: C.ConstantError) -> Exception:
        if exc.problem is C.Problem.UNMODELLED:
            return Unsupported(pos, exc.detail)
        return GoTypeError(pos, exc.detail or str(exc))

    def fold_binary(self, node: Node, op: str, x: ir.Const, y: ir.Const) -> ir.Const:
        """``x op y`` for two constants, checked as gc checks each operation."""
        from ..syntax.nodes import gc_pos
        pos = gc_pos(node)
        src = text(node)
        if op in COMPARISONS:
            return ir.Const(pos, T.UNTYPED_BOOL, value=self.fold(pos, op, x.value, y.value, False),
                            src=src)
        if op in ("&&", "||"):
            return ir.Const(pos, x.type, value=self.fold(pos, op, x.value, y.value, False), src=src)
        if op in ("<<", ">>"):
            return self.fold_shift(node, op, x, y)
        t = x.type
        if x.type.is_untyped() and not y.type.is_untyped():
            t = y.type
        elif x.type.is_untyped() and y.type.is_untyped():
            rank = [T.UNTYPED_INT, T.UNTYPED_RUNE, T.UNTYPED_FLOAT, T.UNTYPED_COMPLEX]
            if x.type in rank and y.type in rank:
                t = rank[max(rank.index(x.type), rank.index(y.type))]
        alias = x.alias if t is x.type else y.alias
        u = t.under
        int_div = isinstance(u, T.Basic) and u.is_integer()
        self.check_divisor(node, op, y)
        v = self.fold(pos, op, x.value, y.value, int_div)
        c = ir.Const(pos, t, value=v, alias=alias, src=src)
        if isinstance(u, T.Basic) and u.info is T.BasicInfo.STRING:
            return c
        return self.checked(c, op, pos_of(node))

    @staticmethod
    def check_operand_types(node: Node, op: str, x: ir.Expr, y: ir.Expr) -> None:
        """types2's "mismatched types": basic operands of different kinds, or of different types."""
        if isinstance(x, ir.Nil) or isinstance(y, ir.Nil):
            return
        if getattr(x.type, "is_shape", False) or getattr(y.type, "is_shape", False):
            return      # an instance's body: types2 checked the generic code, not its shapes
        if getattr(x, "untyped_shift", False) or getattr(y, "untyped_shift", False):
            return      # 1<<n takes the other operand's type
        xu, yu = x.type.under, y.type.under
        if not isinstance(xu, T.Basic) or not isinstance(yu, T.Basic):
            return
        if xu.untyped or yu.untyped:
            bad = family(xu) != family(yu)
        else:
            bad = not T.identical(x.type, y.type) and x.type is not y.type
        if bad:
            at = node.child_by_field_name("right") if op in COMPARISONS else node
            raise GoTypeError(pos_of(strip_parens(at)), f"invalid operation: {one_line(text(node))} "
                              f"(mismatched types {type_name(x)} and {type_name(y)})")

    @staticmethod
    def check_divisor(node: Node, op: str, y: ir.Expr) -> None:
        """A constant zero divisor is an error where gc reports it, at the divisor."""
        if op in ("/", "%") and isinstance(y, ir.Const) and not isinstance(y.value, bool) and \
                isinstance(y.value, (int, float, complex)) and y.value == 0:
            raise GoTypeError(pos_of(strip_parens(node.child_by_field_name("right"))),
                              "invalid operation: division by zero")

    def fold_shift(self, node: Node, op: str, x: ir.Const, y: ir.Const) -> ir.Const:
        from ..syntax.nodes import gc_pos
        pos = gc_pos(node)
        ypos = pos_of(strip_parens(node.child_by_field_name("right")))
        count = y.value
        if isinstance(count, bool) or not isinstance(count, (int, float)):
            raise GoTypeError(ypos, f"invalid operation: shift count {operand(y)} must be integer")
        if isinstance(count, float) and count != int(count):
            raise GoTypeError(ypos, f"{operand(y)} truncated to uint")
        if count < 0:
            raise GoTypeError(ypos, f"invalid operation: negative shift count {operand(y)}")
        if count > C.SHIFT_BOUND:
            raise GoTypeError(ypos, f"invalid operation: invalid shift count {operand(y)}")
        v = x.value
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v != int(v):
            raise GoTypeError(pos_of(strip_parens(node.child_by_field_name("left"))),
                              f"invalid operation: shifted operand {operand(x)} must be integer")
        t = x.type if not (x.type.is_untyped() and isinstance(v, float)) else T.UNTYPED_INT
        v = int(v) << int(count) if op == "<<" else int(v) >> int(count)
        return self.checked(ir.Const(pos, t, value=v, alias=x.alias, src=text(node)), op,
                            pos_of(node))

    def fold_unary(self, node: Node, op: str, x: ir.Const) -> ir.Const:
        pos = pos_of(node)
        try:
            v = C.unary(op, x.value, x.type)
        except TypeError:
            raise GoTypeError(pos, f"invalid operation: operator {op} not defined on "
                                   f"{operand(x)}") from None
        c = ir.Const(pos, x.type, value=v, alias=x.alias, src=text(node))
        return self.checked(c, "^1" if op == "^" else op + "1", pos)

    def checked(self, c: ir.Const, op: str, start: Pos) -> ir.Const:
        """The overflow check types2 makes after every constant operation."""
        u = c.type.under
        if not isinstance(u, T.Basic) or isinstance(c.value, bool):
            return c
        if u.untyped:
            if isinstance(c.value, int) and C.int_too_big(c.value):
                name = "bitwise complement" if op == "^1" else OVERFLOW_NAMES.get(op, "")
                raise GoTypeError(c.pos, f"constant {name + ' ' if name else ''}overflow")
            return c
        try:
            c.value = C.representable(c.value, c.type)
        except C.ConstantError as exc:
            if exc.problem is C.Problem.KIND:
                return c
            if exc.problem is C.Problem.UNMODELLED:
                raise self.constant_problem(start, exc) from None
            raise GoTypeError(start, f"{operand(c)} overflows {T.type_string(c.type, c.alias)}") \
                from None
        return c

    def const_as(self, e: ir.Const, t: T.Type, context: str = "") -> Any:
        """The value of constant ``e`` given type ``t`` by assignment (gc's assignability)."""
        try:
            return C.representable(e.value, t)
        except C.ConstantError as exc:
            if exc.problem is C.Problem.UNMODELLED:
                raise self.constant_problem(e.pos, exc) from None
            where = f" in {context}" if context else ""
            why = f" ({exc.problem.value})" if exc.problem.value else ""
            raise GoTypeError(self.start_of(e), f"cannot use {operand(e)} as "
                              f"{T.type_string(t)} value{where}{why}") from None

    def const_converted(self, e: ir.Const, t: T.Type, spelled: str) -> Any:
        """The value of the explicit conversion ``T(e)`` of a constant."""
        try:
            return C.representable(e.value, t)
        except C.ConstantError as exc:
            if exc.problem is C.Problem.UNMODELLED:
                raise self.constant_problem(e.pos, exc) from None
            tu = t.under
            if isinstance(e.value, int) and not isinstance(e.value, bool) and \
                    isinstance(tu, T.Basic) and tu.is_integer():
                raise GoTypeError(self.start_of(e), f"constant {value_text(e)} overflows {spelled}") \
                    from None
            raise GoTypeError(self.start_of(e), f"cannot convert {operand(e)} to type {spelled}") \
                from None

    @staticmethod
    def start_of(e: ir.Const) -> Pos:
        """Where types2 reports an operand: where its source text starts."""
        return getattr(e, "start", None) or e.pos
