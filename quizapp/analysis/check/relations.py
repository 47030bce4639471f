"""Assignability, conversion and representability: when a value may go where a type is wanted.

These are the spec's rules as types2 applies them (``operand.assignableTo``,
``convertibleTo``, ``representable``, ``implicitTypeAndValue``): an
untyped constant must be representable in the target ("overflows",
"truncated"), an untyped value takes its default type in an interface,
identical underlying types are assignable when one side is unnamed, a
type implements an interface with every method, bidirectional channels go
where a directional one is wanted.
"""

from __future__ import annotations

from enum import Enum
from fractions import Fraction
from typing import Any

from ..types import model as T
from . import constant as C
from .base import CheckerBase
from .lookup import implements
from .operand import Mode, Operand
from .predicates import (default_type, has_name, has_nil, identical, is_boolean, is_const_type,
                         is_integer, is_numeric, is_string, is_untyped, max_type, set_types,
                         type_set)
from .typemodel import Info, TypeParam, is_valid

INT_BITS = {"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64,
            "uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64}


class ConversionCode(Enum):
    """Why an untyped value does not fit a type."""

    OK = "ok"
    TRUNCATED = "truncated"
    OVERFLOWS = "overflows"
    INVALID = "invalid"


class Code:
    """``ConversionCode``'s members as plain class attributes (see ``operand.Mode``)."""

    OK, TRUNCATED, OVERFLOWS, INVALID = ConversionCode


def representable_const(v: Any, t: T.Basic) -> tuple[bool, Any]:
    """Whether constant ``v`` is representable in basic type ``t``, and its rounded value."""
    if v is None:
        return True, v
    info = t.info
    if info in (Info.INT, Info.UINT):
        x = C.to_int(v)
        if not isinstance(x, int) or isinstance(x, bool):
            return False, v
        if t.untyped:
            return True, x
        bits = INT_BITS.get(T.basic_name(t), 64)
        if info is Info.INT:
            return -(1 << (bits - 1)) <= x <= (1 << (bits - 1)) - 1, x
        return 0 <= x <= (1 << bits) - 1, x
    if info is Info.FLOAT:
        x = C.to_float(v)
        if not isinstance(x, Fraction):
            return False, v
        if t.untyped:
            return True, x
        r = C.round_float(x, 32 if t.name == "float32" else 64)
        return r is not None, (r if r is not None else x)
    if info is Info.COMPLEX:
        x = C.to_complex(v)
        if not isinstance(x, C.Complex):
            return False, v
        if t.untyped:
            return True, x
        bits = 32 if t.name == "complex64" else 64
        re, im = C.round_float(x.re, bits), C.round_float(x.im, bits)
        if re is None or im is None:
            return False, x
        return True, C.Complex(re, im)
    if info is Info.STRING:
        return isinstance(v, C.STRINGS), v
    if info is Info.BOOL:
        return isinstance(v, bool), v
    return False, v


class RelationChecker(CheckerBase):
    """Conversions of operands between types, with gc's messages when they fail."""

    def representation(self, x: Operand, t: T.Basic) -> tuple[Any, ConversionCode]:
        ok, v = representable_const(x.val, t)
        if not ok:
            if is_numeric(x.type) and t.info in (Info.INT, Info.UINT, Info.FLOAT,
                                                 Info.COMPLEX):
                if not is_integer(x.type) and t.info in (Info.INT, Info.UINT):
                    return None, Code.TRUNCATED
                return None, Code.OVERFLOWS
            return None, Code.INVALID
        return v, Code.OK

    def representable(self, x: Operand, t: T.Basic) -> None:
        v, code = self.representation(x, t)
        if code is not Code.OK:
            self.invalid_conversion(code, x, t)
            x.invalidate()
            return
        x.val = v

    def invalid_conversion(self, code: ConversionCode, x: Operand, target: T.Type) -> None:
        if code is Code.TRUNCATED:
            self.error(x, f"{self.ostr(x)} truncated to {self.tstr(target)}")
        elif code is Code.OVERFLOWS:
            self.error(x, f"{self.ostr(x)} overflows {self.tstr(target)}")
        else:
            self.error(x, f"cannot convert {self.ostr(x)} to type {self.tstr(target)}")

    def convert_untyped(self, x: Operand, target: T.Type) -> None:
        new, val, code = self.implicit_type_and_value(x, target)
        if code is not Code.OK:
            t = target if isinstance(target, TypeParam) else (target.under if is_valid(target) else target)
            self.invalid_conversion(code, x, t)
            x.invalidate()
            return
        if val is not None:
            x.val = val
        if new is not None and new is not x.type:
            x.type = new

    def implicit_type_and_value(self, x: Operand,
                                target: T.Type) -> tuple[T.Type | None, Any, ConversionCode]:
        """The type an untyped ``x`` takes where ``target`` is wanted (types2's implicitTypeAndValue)."""
        if x.mode is Mode.INVALID or not is_untyped(x.type) or not is_valid(target):
            return x.type, None, Code.OK
        if is_untyped(target):
            m = max_type(x.type, target)
            if m is not None:
                return m, None, Code.OK
            return None, None, Code.INVALID
        if x.is_nil():
            return (target, None, Code.OK) if has_nil(target) else (None, None, Code.INVALID)
        if isinstance(target, TypeParam):
            types = set_types(target)
            if types is None or not all(self.implicit_type_and_value(x, t)[0] is not None
                                        for t in types):
                return None, None, Code.INVALID
            return target, None, Code.OK
        u = target.under
        if isinstance(u, T.Basic):
            if x.mode is Mode.CONSTANT:
                v, code = self.representation(x, u)
                if code is not Code.OK:
                    return None, None, code
                return target, v, code
            xt = x.type
            if xt is T.UNTYPED_BOOL:
                if not is_boolean(target):
                    return None, None, Code.INVALID
            elif xt in (T.UNTYPED_INT, T.UNTYPED_RUNE, T.UNTYPED_FLOAT, T.UNTYPED_COMPLEX):
                if not is_numeric(target):
                    return None, None, Code.INVALID
            elif xt is T.UNTYPED_STRING:
                if not is_string(target):
                    return None, None, Code.INVALID
            else:
                return None, None, Code.INVALID
            return target, None, Code.OK
        if isinstance(u, T.Interface):
            ts = type_set(u)
            if ts.methods or ts.terms is not None:
                return None, None, Code.INVALID   # untyped values never go in non-empty interfaces
            return default_type(x.type), None, Code.OK
        return None, None, Code.INVALID

    def assignable_to(self, x: Operand, t: T.Type) -> tuple[bool, str]:
        """Whether ``x`` may be assigned to a variable of type ``t``, and gc's cause when not."""
        if x.mode is Mode.INVALID or not is_valid(t) or not is_valid(x.type):
            return True, ""
        v = x.type
        if identical(v, t):
            return True, ""
        vu, tu = v.under, t.under
        vp, tp = isinstance(v, TypeParam), isinstance(t, TypeParam)
        if is_untyped(v):
            if tp:
                types = set_types(t)
                ok = types is not None and bool(types) and all(
                    self.implicit_type_and_value(x, tt)[0] is not None for tt in types)
                return ok, ""
            new, _, _ = self.implicit_type_and_value(x, t)
            return new is not None, ""
        if identical(vu, tu) and (not has_name(v) or not has_name(t)) and not vp and not tp:
            return True, ""
        if (isinstance(tu, T.Interface) and not tp) or (isinstance(tu, T.Pointer) and
                                                        isinstance(tu.elem.under, T.Interface)
                                                        and not isinstance(tu.elem, TypeParam)):
            ok, cause = implements(v, t, self.qualifier)
            if ok:
                return True, ""
            if not vp:
                return False, cause
        if isinstance(vu, T.Interface) and not vp:
            if implements(t, v, self.qualifier)[0]:
                return False, "need type assertion"
        if isinstance(vu, T.Chan) and vu.dir is T.ChanDir.BOTH and isinstance(tu, T.Chan) and \
                identical(vu.elem, tu.elem):
            return not has_name(v) or not has_name(t), ""
        if not has_name(v) and tp:
            # assignable to each specific type of t's type set; the first that is not says why
            for tt in set_types(t) or ():
                ok, cause = self.assignable_to(x, tt)
                if not ok:
                    return False, _because(f"cannot assign {self.tstr(v)} to {self.tstr(tt)} "
                                           f"(in {self.tstr(t)})", cause)
            return bool(set_types(t)), ""
        if vp and not has_name(t):
            for vt in set_types(v) or ():
                y = x.copy()
                y.type = vt
                ok, cause = self.assignable_to(y, t)
                if not ok:
                    return False, _because(f"cannot assign {self.tstr(vt)} (in {self.tstr(v)}) "
                                           f"to {self.tstr(t)}", cause)
            return bool(set_types(v)), ""
        return False, ""

    def convertible_to(self, x: Operand, t: T.Type) -> tuple[bool, str]:
        ok, cause = self.assignable_to(x, t)
        if ok:
            return True, ""
        v = x.type
        vu, tu = v.under, t.under
        vp, tp = isinstance(v, TypeParam), isinstance(t, TypeParam)
        if not vp and not tp and identical(vu, tu):
            return True, ""
        if isinstance(v, T.Pointer) and isinstance(t, T.Pointer) and \
                identical(v.elem.under, t.elem.under) and not isinstance(v.elem, TypeParam) and \
                not isinstance(t.elem, TypeParam):
            return True, ""
        num = (Info.INT, Info.UINT, Info.FLOAT)
        if not vp and not tp:
            if isinstance(vu, T.Basic) and isinstance(tu, T.Basic):
                if vu.info in num and tu.info in num:
                    return True, ""
                if vu.info is Info.COMPLEX and tu.info is Info.COMPLEX:
                    return True, ""
            if (is_integer(vu) or _bytes_or_runes(vu)) and is_string(tu):
                return True, ""
            if is_string(vu) and _bytes_or_runes(tu):
                return True, ""
            if (isinstance(vu, T.Pointer) or _is_uintptr(vu)) and tu is T.UNSAFE_POINTER:
                return True, ""
            if vu is T.UNSAFE_POINTER and (isinstance(tu, T.Pointer) or _is_uintptr(tu)):
                return True, ""
            if isinstance(vu, T.Slice):
                if isinstance(tu, T.Array) and identical(vu.elem, tu.elem):
                    return True, ""
                if isinstance(tu, T.Pointer) and isinstance(tu.elem.under, T.Array) and \
                        identical(vu.elem, tu.elem.under.elem):
                    return True, ""
            return False, cause
        vts = set_types(v) if vp else [v]
        tts = set_types(t) if tp else [t]
        if vts is None or tts is None or not vts or not tts:
            return False, ""
        for a in vts:
            y = x.copy()
            y.type = a
            for b in tts:
                if not self.convertible_to(y, b)[0]:
                    return False, ""
        return True, ""

    def conversion(self, x: Operand, t: T.Type) -> None:
        """``T(x)``: types2's conversion, with its messages."""
        const_arg = x.mode is Mode.CONSTANT
        ok, cause = False, ""
        if const_arg and is_const_type(t):
            ok, val = self._const_convertible(x, t)
            if ok:
                x.val = val
            elif is_integer(x.type) and is_integer(t):
                self.error(x, f"constant {C.string(x.val)} overflows {self.tstr(t)}")
                x.invalidate()
                return
        elif const_arg and isinstance(t, TypeParam):
            types = set_types(t)
            ok = types is not None and all(
                (is_string(x.type) and _bytes_or_runes(u.under)) or self._const_convertible(x, u)[0]
                for u in types)
            x.mode = Mode.VALUE
        else:
            ok, cause = self.convertible_to(x, t)
            if ok:
                x.mode = Mode.VALUE
        if not ok:
            msg = f"cannot convert {self.ostr(x)} to type {self.tstr(t)}"
            self.error(x, msg + (f": {cause}" if cause else ""))
            x.invalidate()
            return
        x.type = t

    def _const_convertible(self, x: Operand, t: T.Type) -> tuple[bool, Any]:
        u = t.under
        if not isinstance(u, T.Basic):
            return False, x.val
        ok, v = representable_const(x.val, u)
        if ok:
            return True, v
        if is_integer(x.type) and is_string(u):
            code = C.to_int(x.val)
            ch = chr(code) if isinstance(code, int) and 0 <= code <= 0x10FFFF and \
                not 0xD800 <= code <= 0xDFFF else "\ufffd"
            return True, ch
        return False, x.val


def _bytes_or_runes(t: T.Type) -> bool:
    u = t.under
    if isinstance(u, T.Slice):
        e = u.elem.under
        return isinstance(e, T.Basic) and not e.untyped and T.basic_name(e) in ("uint8", "int32")
    return False


def _is_uintptr(t: T.Type) -> bool:
    return isinstance(t, T.Basic) and t.name == "uintptr"


def _because(msg: str, cause: str) -> str:
    """gc's nesting of causes: the outer reason, then the inner one on a tabbed line."""
    return msg + ("\n\t" + cause if cause else "")
