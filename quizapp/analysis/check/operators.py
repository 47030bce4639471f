"""Operators: unary and binary operations, comparisons and shifts, with constant folding.

``matchTypes`` converts the untyped side of a binary operation to the other
side's type before the operand types must be identical ("invalid
operation: count * price (mismatched types int and float64)"); each
operator is defined on some types only ("operator + not defined on x
(variable of type T constrained by any)"); constant operations fold
exactly and must not overflow their type; a constant divisor must not be
zero; comparisons need assignable, comparable (or ordered) operands; a
shifted operand must be an integer and the count a non-negative integer.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..syntax.nodes import named_children, pos_of, text
from ..types import model as T
from . import constant as C
from .exprstr import expr_string
from .operand import Mode, Operand, composite_kind
from .predicates import (all_boolean, all_integer, all_numeric, all_numeric_or_string,
                         all_ordered, all_string, comparable_cause, default_type, has_nil,
                         identical, is_integer, is_pointer, is_typed, is_unsigned, is_untyped)
from .typemodel import TypeParam, is_valid
from .typexpr import TypeChecker

INVALID_OP = "invalid operation: "
COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")
BINARY_PREDICATES = {
    "+": all_numeric_or_string, "-": all_numeric, "*": all_numeric, "/": all_numeric,
    "%": all_integer, "&": all_integer, "|": all_integer, "^": all_integer, "&^": all_integer,
    "&&": all_boolean, "||": all_boolean,
}
UNARY_PREDICATES = {"+": all_numeric, "-": all_numeric, "^": all_integer, "!": all_boolean}
OP_NAMES = {"+": "addition", "-": "subtraction", "^": "bitwise XOR", "*": "multiplication",
            "<<": "shift"}


INFO_NIL = T.BasicInfo.NIL
_BASIC_FAMILY = {T.BasicInfo.BOOL: "bool", T.BasicInfo.INT: "num", T.BasicInfo.UINT: "num",
                 T.BasicInfo.FLOAT: "num", T.BasicInfo.COMPLEX: "num", T.BasicInfo.STRING: "string",
                 T.BasicInfo.UNSAFE_POINTER: "pointer"}
"""What may_convert compares of two basic types: numeric, boolean and string agree or not."""


def _may_convert(a: Operand, b: Operand) -> bool:
    """Whether matching the types of a binary operation's operands converts an untyped one."""
    if is_typed(a.type) and is_typed(b.type):
        return False
    au, bu = a.type.under, b.type.under
    if au.__class__ is T.Basic and bu.__class__ is T.Basic and au.info is not INFO_NIL \
            and bu.info is not INFO_NIL:     # (the slow path below, for two basic types)
        return _BASIC_FAMILY[au.info] == _BASIC_FAMILY[bu.info]
    if all_numeric(a.type) != all_numeric(b.type):
        return False
    if _non_tparam_iface(a.type) or _non_tparam_iface(b.type):
        return True
    if all_boolean(a.type) != all_boolean(b.type):
        return False
    if all_string(a.type) != all_string(b.type):
        return False
    if a.is_nil():
        return has_nil(b.type)
    if b.is_nil():
        return has_nil(a.type)
    if is_pointer(a.type) or is_pointer(b.type):
        return False
    return True


class OperatorChecker(TypeChecker):
    """Operators and their operands."""

    def star(self, x: Operand, e: Node, operand: Node | None = None) -> None:
        """``*e``: a pointer type, or an indirection (``operand``: of a pointer type node
        the grammar read where a value was meant, ``new(*u)``)."""
        operand = operand or e.child_by_field_name("operand")
        y = self.expr_or_type(operand)
        if y.mode is Mode.INVALID:
            return
        if y.mode is Mode.TYPEXPR:
            x.mode, x.type = Mode.TYPEXPR, T.Pointer(y.type)
            return
        u = y.type.under if not isinstance(y.type, TypeParam) else None
        if not isinstance(u, T.Pointer):
            if is_valid(y.type):
                self.error(y, INVALID_OP + f"cannot indirect {self.ostr(y)}")
            return
        x.mode, x.type = Mode.VARIABLE, u.elem

    def unary(self, x: Operand, e: Node, op: str) -> None:
        operand = e.child_by_field_name("operand")
        if op == "&":   # gc's parser drops the parentheses around the operand of &
            while operand.type == "parenthesized_expression" and named_children(operand):
                operand = named_children(operand)[0]
        y = self.expr(operand)
        x.mode, x.type, x.val, x.node = y.mode, y.type, y.val, y.node
        if x.mode is Mode.INVALID:
            return
        if op == "&":
            inner = operand
            while inner.type == "parenthesized_expression" and named_children(inner):
                inner = named_children(inner)[0]
            if inner.type != "composite_literal" and x.mode is not Mode.VARIABLE:
                self.error(x, INVALID_OP + f"cannot take address of {self.ostr(x)}")
                x.invalidate()
                return
            x.mode, x.type = Mode.VALUE, T.Pointer(x.type)
            return
        if op == "<-":
            elem = self.chan_elem(x, x, recv=True)
            if elem is None:
                x.invalidate()
                return
            x.mode, x.type = Mode.COMMAOK, elem
            self.has_call_or_recv = True
            return
        if op == "~":
            self.error(e, "cannot use ~ outside of interface or type constraint" +
                       (" (use ^ for bitwise complement)" if all_integer(x.type) else ""))
            if not all_integer(x.type):
                x.invalidate()
                return
            op = "^"
        pred = UNARY_PREDICATES.get(op)
        if pred is None or not pred(x.type):
            self.error(x, INVALID_OP + f"operator {op} not defined on {self.ostr(x)}")
            x.invalidate()
            return
        if x.mode is Mode.CONSTANT:
            if x.val is None:
                return
            bits = x.type.under.size() * 8 if is_unsigned(x.type) else 0
            x.val = C.unary(op, x.val, bits)
            x.node = e
            self.overflow(x, pos_of(e))
            return
        x.mode = Mode.VALUE

    def chan_elem(self, at: Any, x: Operand, recv: bool) -> T.Type | None:
        u = x.type.under if not isinstance(x.type, TypeParam) else None
        if isinstance(u, T.Chan):
            if recv and u.dir is T.ChanDir.SEND:
                cause = f"send-only channel {self.tstr(x.type)}"
            elif not recv and u.dir is T.ChanDir.RECV:
                cause = f"receive-only channel {self.tstr(x.type)}"
            else:
                return u.elem
        elif isinstance(x.type, TypeParam):
            return None
        else:
            cause = f"non-channel {self.tstr(x.type)}"
        verb = "receive from" if recv else "send to"
        self.error(at, INVALID_OP + f"cannot {verb} {cause} {self.ostr(x)}")
        return None

    def overflow(self, x: Operand, op_pos: Any) -> None:
        if x.val is None:
            self.error(op_pos, "constant result is not representable")
            return
        if is_typed(x.type):
            u = x.type.under
            if isinstance(u, T.Basic):
                self.representable(x, u)
            return
        if isinstance(x.val, int) and not isinstance(x.val, bool) and C.bit_len(x.val) > 512:
            op = _op_name(x.node)
            self.error(op_pos, f"constant {op + ' ' if op else ''}overflow")
            x.val = None
        elif isinstance(x.val, C.LongString) and x.val.length > C.MAX_STRING_BYTES:
            self.error(op_pos, f"constant string too long ({x.val.length} bytes > "
                               f"{C.MAX_STRING_BYTES} bytes)")
            x.val = None

    def binary(self, x: Operand, e: Node | None, lhs: Node, rhs: Node, op: str) -> None:
        y0 = self.expr(lhs)
        y = self.expr(rhs)
        x.mode, x.type, x.val, x.node, x.lhs_shift = y0.mode, y0.type, y0.val, y0.node, False
        if x.mode is Mode.INVALID:
            return
        if y.mode is Mode.INVALID:
            x.invalidate()
            x.node = y.node
            return
        if op in ("<<", ">>"):
            self.shift(x, y, e, op)
            return
        xt = x.type
        if xt is not y.type:     # (for the same type object matching changes nothing)
            self.match_types(x, y)
            if x.mode is Mode.INVALID:
                return
        elif xt.__class__ is T.Basic and not xt.untyped and op in COMPARISONS and \
                x.mode is not Mode.CONSTANT and y.mode is not Mode.CONSTANT and \
                not x.lhs_shift and not y.lhs_shift and (op in ("==", "!=") or all_ordered(xt)):
            # two values of one typed basic type compared: what ``comparison`` finds
            x.mode, x.type = Mode.VALUE, T.UNTYPED_BOOL
            return
        if op in COMPARISONS:
            self.comparison(x, y, op, False)
            return
        if not identical(x.type, y.type):
            if is_valid(x.type) and is_valid(y.type):
                if e is not None:
                    self.error(x, INVALID_OP + f"{expr_string(e)} (mismatched types "
                                              f"{self.tstr(x.type)} and {self.tstr(y.type)})")
                else:
                    self.error(x, INVALID_OP + f"{expr_string(lhs)} {op}= {expr_string(rhs)} "
                                              f"(mismatched types {self.tstr(x.type)} and "
                                              f"{self.tstr(y.type)})")
            x.invalidate()
            return
        pred = BINARY_PREDICATES.get(op)
        if pred is None or not pred(x.type):
            self.error(x, INVALID_OP + f"operator {op} not defined on {self.ostr(x)}")
            x.invalidate()
            return
        if op in ("/", "%"):
            if (x.mode is Mode.CONSTANT or all_integer(x.type)) and y.mode is Mode.CONSTANT and \
                    y.val is not None and C.sign(y.val) == 0:
                self.error(y, INVALID_OP + "division by zero")
                x.invalidate()
                return
        if x.mode is Mode.CONSTANT and y.mode is Mode.CONSTANT:
            if x.val is None or y.val is None:
                x.val = None
                return
            x.val = C.binary(op, x.val, y.val, int_division=is_integer(x.type))
            x.node = e
            self.overflow(x, _op_pos(e) if e is not None else x.pos())
            return
        x.mode = Mode.VALUE

    def match_types(self, x: Operand, y: Operand) -> None:
        if _may_convert(x, y):
            self.convert_untyped(x, y.type)
            if x.mode is Mode.INVALID:
                return
            self.convert_untyped(y, x.type)
            if y.mode is Mode.INVALID:
                x.invalidate()

    def comparison(self, x: Operand, y: Operand, op: str, switch_case: bool) -> None:
        if not is_valid(x.type) or not is_valid(y.type):
            x.invalidate()
            return
        if switch_case:
            op = "=="
        err_op, cause = x, ""
        ok, _ = self.assignable_to(x, y.type)
        if not ok:
            ok, _ = self.assignable_to(y, x.type)
        if not ok:
            err_op = y
            cause = f"mismatched types {self.tstr(x.type)} and {self.tstr(y.type)}"
        elif op in ("==", "!="):
            if x.is_nil() or y.is_nil():
                t = y.type if x.is_nil() else x.type
                if not has_nil(t):
                    err_op = y
                    cause = self._undefined_op(x, y, err_op, op)
                else:
                    cause = None  # type: ignore[assignment]
            else:
                cx = comparable_cause(x.type, True, self.tstr)
                cy = comparable_cause(y.type, True, self.tstr) if cx is None else None
                if cx is not None:
                    err_op, cause = x, self._incomparable(x, cx) or self._undefined_op(x, y, x, op)
                elif cy is not None:
                    err_op, cause = y, self._incomparable(y, cy) or self._undefined_op(x, y, y, op)
                else:
                    cause = None  # type: ignore[assignment]
        else:
            if not all_ordered(x.type):
                err_op, cause = x, self._undefined_op(x, y, x, op)
            elif not all_ordered(y.type):
                err_op, cause = y, self._undefined_op(x, y, y, op)
            else:
                cause = None  # type: ignore[assignment]
        if cause is None:
            if x.mode is Mode.CONSTANT and y.mode is Mode.CONSTANT:
                x.val = C.compare(op, x.val, y.val) if x.val is not None and y.val is not None else None
            else:
                x.mode = Mode.VALUE
                self.update_expr_type(x, default_type(x.type))
                self.update_expr_type(y, default_type(y.type))
            x.type = T.UNTYPED_BOOL
            return
        if switch_case:
            self.error(x, f"invalid case {x.expr()} in switch on {y.expr()} ({cause})")
        else:
            self.error(err_op, INVALID_OP + f"{x.expr()} {op} {y.expr()} ({cause})")
        x.invalidate()

    def update_expr_type(self, x: Operand, t: T.Type) -> None:
        """An untyped non-constant shift operand that becomes typed must be an integer, and
        the constant shifted must fit that type (``var b byte = 0x1ff >> n``: 511 overflows)."""
        if x.lhs_shift and not all_integer(t):
            self.error(x, INVALID_OP + f"shifted operand {self.ostr(x)} (type {self.tstr(t)}) "
                                       f"must be integer")
        elif x.lhs_shift and x.val is not None and isinstance(t.under, T.Basic):
            c = x.copy()
            c.mode, c.text = Mode.CONSTANT, None
            while c.node is not None and c.node.type in ("binary_expression", "parenthesized_expression"):
                op = c.node.child_by_field_name("operator")
                if c.node.type == "binary_expression" and (op is None or op.type not in ("<<", ">>")):
                    break
                c.node = (c.node.child_by_field_name("left") if c.node.type == "binary_expression"
                          else c.node.named_children[0])        # the constant shifted, as gc names it
            self.representable(c, t.under)

    def _incomparable(self, x: Operand, cause: str) -> str:
        u = x.type.under
        if isinstance(u, (T.Slice, T.Signature, T.Map)) and not isinstance(x.type, TypeParam):
            return composite_kind(x.type) + " can only be compared to nil"
        return cause

    def _undefined_op(self, x: Operand, y: Operand, err_op: Operand, op: str) -> str:
        if isinstance(x.type, TypeParam) or isinstance(y.type, TypeParam):
            if not isinstance(x.type, TypeParam):
                err_op = y
            return f"type parameter {self.tstr(err_op.type)} cannot use operator {op}"
        what = composite_kind(err_op.type) or self.tstr(err_op.type)
        return f"operator {op} not defined on {what}"

    def shift(self, x: Operand, y: Operand, e: Node | None, op: str) -> None:
        xval = C.to_int(x.val) if x.mode is Mode.CONSTANT else None
        if not (all_integer(x.type) or (is_untyped(x.type) and isinstance(xval, int)
                                        and not isinstance(xval, bool))):
            self.error(x, INVALID_OP + f"shifted operand {self.ostr(x)} must be integer")
            x.invalidate()
            return
        yval = None
        if y.mode is Mode.CONSTANT:
            yval = C.to_int(y.val)
            if isinstance(yval, int) and not isinstance(yval, bool) and yval < 0:
                self.error(y, INVALID_OP + f"negative shift count {self.ostr(y)}")
                x.invalidate()
                return
            if is_untyped(y.type):
                self.representable(y, T.UINT)
                if y.mode is Mode.INVALID:
                    x.invalidate()
                    return
        else:
            if all_integer(y.type):
                pass
            elif is_untyped(y.type):
                self.convert_untyped(y, T.UINT)
                if y.mode is Mode.INVALID:
                    x.invalidate()
                    return
            else:
                self.error(y, INVALID_OP + f"shift count {self.ostr(y)} must be integer")
                x.invalidate()
                return
        if x.mode is Mode.CONSTANT:
            if y.mode is Mode.CONSTANT:
                if x.val is None or y.val is None:
                    x.val = None
                    if not is_integer(x.type):
                        x.type = T.UNTYPED_INT
                    return
                if not isinstance(yval, int) or yval > 1023 - 1 + 52:
                    self.error(y, INVALID_OP + f"invalid shift count {self.ostr(y)}")
                    x.invalidate()
                    return
                if not is_integer(x.type):
                    x.type = T.UNTYPED_INT
                x.val = C.shift(op, xval, yval)  # type: ignore[arg-type]
                x.node = e
                self.overflow(x, _op_pos(e) if e is not None else x.pos())
                return
            if is_untyped(x.type):
                x.lhs_shift = True
                x.mode = Mode.VALUE
                return
        if not all_integer(x.type):
            self.error(x, INVALID_OP + f"shifted operand {self.ostr(x)} must be integer")
            x.invalidate()
            return
        x.mode = Mode.VALUE


def _non_tparam_iface(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and isinstance(t.under, T.Interface)


def _op_pos(e: Node | None) -> Any:
    if e is None:
        return None
    if e.type == "binary_expression":
        return pos_of(e.child_by_field_name("operator"))
    return pos_of(e)


def _op_name(e: Node | None) -> str:
    if e is None:
        return ""
    if e.type == "binary_expression":
        return OP_NAMES.get(text(e.child_by_field_name("operator")), "")
    if e.type == "unary_expression" and text(e.child_by_field_name("operator")) == "^":
        return "bitwise complement"
    return ""

