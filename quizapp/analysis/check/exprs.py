"""Expressions: names, literals, operators, and the rules for untyped values.

Expressions are checked top down, each yielding an ``Operand``; a failed
check yields an invalid operand and errors about invalid operands are not
reported (one mistake, one message). Untyped constants stay exact until
they meet a type: ``matchTypes`` converts the untyped side of a binary
operation to the other side's type, ``assignment`` to the variable's,
with "overflows"/"truncated" when the value does not fit. Comparisons,
shifts and division by zero have their own messages.
"""

from __future__ import annotations

from typing import Any

from tree_sitter import Node

from ..syntax.nodes import IDENTIFIER_NODES, named_children, text
from ..types import model as T
from ..types.constant import unquote
from . import constant as C
from .objects import Builtin, Const, Func, Nil, PkgName, TypeName, Var
from .operand import Mode, Operand, OperandMode
from .operators import OperatorChecker
from .predicates import default_type, identical, is_interface, is_untyped
from .relations import Code
from .typemodel import INVALID, is_generic, is_valid
from .typexpr import TYPE_NODES

LITERALS = {"int_literal": ("int", T.UNTYPED_INT), "float_literal": ("float", T.UNTYPED_FLOAT),
            "imaginary_literal": ("imag", T.UNTYPED_COMPLEX)}
PREDECLARED_WORDS = ("true", "false", "nil", "iota")


class ExprKind:
    """What kind of expression a checked node was: only calls and receives may be statements."""

    CONVERSION = "conversion"
    EXPRESSION = "expression"
    STATEMENT = "statement"


class ExprChecker(OperatorChecker):
    """Checking expressions."""

    def raw_expr(self, node: Node, hint: T.Type | None = None, allow_generic: bool = False) -> Operand:
        x = Operand(Mode.INVALID, INVALID, None, node)
        f = _DISPATCH.get(node.type)
        kind = f(self, x, node, hint) if f is not None else ExprKind.STATEMENT
        self.last_kind = kind
        if not allow_generic and x.mode is not Mode.INVALID and x.type.__class__ in MAYBE_GENERIC \
                and getattr(x.type, "generic", None) is not None:
            self.non_generic(x)
        return x

    last_kind = ExprKind.EXPRESSION

    def expr(self, node: Node, target: Any = None) -> Operand:
        # raw_expr, written out: the checker's most frequent call
        x = Operand(_INVALID_MODE, INVALID, None, node)
        f = _DISPATCH.get(node.type)
        self.last_kind = f(self, x, node, None) if f is not None else ExprKind.STATEMENT
        m = x.mode
        if m is _INVALID_MODE:
            return x
        if x.type.__class__ in MAYBE_GENERIC and getattr(x.type, "generic", None) is not None:
            self.non_generic(x)
            m = x.mode
        if m is Mode.NOVALUE or m is Mode.BUILTIN or m is Mode.TYPEXPR:
            self.exclude(x, (Mode.NOVALUE, Mode.BUILTIN, Mode.TYPEXPR))
        elif m is Mode.VALUE and type(x.type) is T.Tuple:
            self.single_value(x)
        return x

    def generic_expr(self, node: Node, hint: T.Type | None = None) -> Operand:
        x = Operand(_INVALID_MODE, INVALID, None, node)    # raw_expr, written out
        f = _DISPATCH.get(node.type)
        self.last_kind = f(self, x, node, hint) if f is not None else ExprKind.STATEMENT
        m = x.mode
        if m is Mode.NOVALUE or m is Mode.BUILTIN or m is Mode.TYPEXPR:
            self.exclude(x, (Mode.NOVALUE, Mode.BUILTIN, Mode.TYPEXPR))
        elif m is Mode.VALUE and type(x.type) is T.Tuple:
            self.single_value(x)
        return x

    def expr_or_type(self, node: Node, allow_generic: bool = False) -> Operand:
        x = Operand(_INVALID_MODE, INVALID, None, node)    # raw_expr, written out
        f = _DISPATCH.get(node.type)
        self.last_kind = f(self, x, node, None) if f is not None else ExprKind.STATEMENT
        if not allow_generic and x.mode is not _INVALID_MODE and \
                x.type.__class__ in MAYBE_GENERIC and getattr(x.type, "generic", None) is not None:
            self.non_generic(x)
        if x.mode is Mode.NOVALUE:
            self.exclude(x, (Mode.NOVALUE,))
        elif x.mode is Mode.VALUE and type(x.type) is T.Tuple:
            self.single_value(x)
        return x

    def multi_expr(self, node: Node, allow_comma_ok: bool) -> tuple[list[Operand], bool]:
        x = self.raw_expr(node)
        self.exclude(x, (Mode.NOVALUE, Mode.BUILTIN, Mode.TYPEXPR))
        if x.mode is not Mode.INVALID and isinstance(x.type, T.Tuple):
            out = []
            for i, t in enumerate(x.type.types):
                o = Operand(Mode.VALUE, t, None, node)
                o.text = nth(i + 1, "function result")
                out.append(o)
            return out, False
        if allow_comma_ok and x.mode in (Mode.MAPINDEX, Mode.COMMAOK, Mode.COMMAERR):
            what, t = ("err value of (comma, err) expression", T.ERROR_TYPE) \
                if x.mode is Mode.COMMAERR else ("ok value of (comma, ok) expression", T.UNTYPED_BOOL)
            x2 = Operand(Mode.VALUE, t, None, node)
            x2.text = what
            return [x, x2], True
        return [x], False

    def exclude(self, x: Operand, modes: tuple[OperandMode, ...]) -> None:
        if x.mode in modes:
            if x.mode is Mode.NOVALUE:
                msg = "%s used as value" if Mode.TYPEXPR in modes else "%s used as value or type"
            elif x.mode is Mode.BUILTIN:
                msg = "%s must be called"
            else:
                msg = "%s is not an expression"
            self.error(x, msg % self.ostr(x))
            x.invalidate()

    def single_value(self, x: Operand) -> None:
        if x.mode is Mode.VALUE and isinstance(x.type, T.Tuple):
            self.error(x, f"multiple-value {self.ostr(x)} in single-value context")
            x.invalidate()

    def non_generic(self, x: Operand) -> None:
        if x.mode is _INVALID_MODE or x.mode is Mode.NOVALUE or x.type.__class__ not in MAYBE_GENERIC:
            return
        what = ""
        if isinstance(x.type, T.Named) and is_generic(x.type):
            what = "type"
        elif isinstance(x.type, T.Signature) and is_generic(x.type):
            what = "function"
        if what:
            self.error(x, f"cannot use generic {what} {x.expr()} without instantiation")
            x.invalidate()
            x.type = INVALID

    def use(self, *nodes: Node | None) -> bool:
        """Check expressions whose value is not wanted (after an error), so that names count as used."""
        ok = True
        for n in nodes:
            if n is None:
                continue
            if n.type in ("expression_list", "argument_list"):
                ok = self.use(*named_children(n)) and ok
                continue
            if n.type == "variadic_argument":
                ok = self.use(*named_children(n)) and ok
                continue
            x = self.raw_expr(n, allow_generic=True)
            ok = ok and x.mode is not Mode.INVALID
        return ok

    def use_lhs(self, *nodes: Node) -> bool:
        ok = True
        for n in nodes:
            inner = n
            while inner.type == "parenthesized_expression" and named_children(inner):
                inner = named_children(inner)[0]
            v = self.lookup(text(inner)) if inner.type in IDENTIFIER_NODES else None
            used = v.used if isinstance(v, Var) else None
            ok = self.use(n) and ok
            if isinstance(v, Var) and used is not None:
                v.used = used
        return ok

    # ------------------------------------------------------------ dispatch
    def expr_internal(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        f = _DISPATCH.get(e.type)
        return f(self, x, e, hint) if f is not None else ExprKind.STATEMENT

    def _x_ident(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        name = (e.text or b"").decode("utf-8")
        s = self.scope
        while s is not None:    # the scopes' lookup, written out; dot imports after them
            obj = s.names.get(name)
            if obj is not None:
                break
            s = s.parent
        else:
            obj = self.lookup(name)
        if obj.__class__ is Var and obj.decl is None:     # ident's common case, written out
            obj.used = True
            t = obj.type_
            x.node = e
            if t is not None and t is not INVALID and (t.__class__ is not T.Named or is_valid(t)):
                x.mode, x.type = Mode.VARIABLE, t
                return ExprKind.EXPRESSION
            return ExprKind.STATEMENT
        self.ident_obj(x, e, name, obj)
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_lit(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        self.basic_lit(x, e)
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_paren(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        inner = named_children(e)
        if not inner:
            return ExprKind.STATEMENT
        y = self.raw_expr(inner[0])
        x.mode, x.type, x.val, x.builtin = y.mode, y.type, y.val, y.builtin
        x.node = e
        return self.last_kind

    def _x_selector(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        self.selector(x, e)
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_index(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        self.index_expr(x, e)
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_slice(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        self.slice_expr(x, e)
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_assert(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        self.type_assertion_expr(x, e)
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_call(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        return self.call_expr(x, e)

    def _x_unary(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        op = text(e.child_by_field_name("operator"))
        if op == "*":
            self.star(x, e)
        else:
            self.unary(x, e, op)
            if op == "<-" and x.mode is not Mode.INVALID:
                x.node = e
                return ExprKind.STATEMENT
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_binary(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        parts = e.children
        if len(parts) == 3:     # left, operator, right (no comment among them)
            left, op, right = parts
        else:
            left, op, right = (e.child_by_field_name("left"), e.child_by_field_name("operator"),
                               e.child_by_field_name("right"))
        self.binary(x, e, left, right, (op.text or b"").decode("utf-8"))
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_composite(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        self.composite_lit(x, e, hint)
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_func_lit(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        self.func_lit(x, e)
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_type(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        t = self.typ(e)
        if is_valid(t):
            x.mode, x.type = Mode.TYPEXPR, t
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_pointer(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        """``*T``, or ``*v`` / ``*v.f`` the grammar read as a pointer type (``new(*u.User)``)."""
        inner = named_children(e)[-1]
        name = inner.child_by_field_name("package") if inner.type == "qualified_type" else inner
        if name is not None and name.type in ("identifier", "type_identifier",
                                              "package_identifier"):
            obj = self.lookup(text(name))
            if obj is not None and not isinstance(obj, (TypeName, PkgName)):
                self.star(x, e, inner)
                return self._done(x, e)
        return self._x_type(x, e, hint)

    def _x_qualified(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        """``pkg.T``, or, when the name before the dot is no package, the grammar's reading of
        ``v.M[int](x)``: a generic method of a value (Go 1.27)."""
        obj = self.lookup(text(e.child_by_field_name("package")))
        if obj is None or isinstance(obj, PkgName):
            return self._x_type(x, e, hint)
        self.selector(x, e)
        x.node = e
        return ExprKind.EXPRESSION if x.mode is not _INVALID_MODE else ExprKind.STATEMENT

    def _x_error(self, x: Operand, e: Node, hint: T.Type | None) -> str:
        """A type among a call's arguments, which tree-sitter wraps in an error node."""
        kids = named_children(e)
        if len(kids) == 1 and kids[0].type in TYPE_NODES:
            return self._x_type(x, kids[0], hint)
        return ExprKind.STATEMENT

    # ------------------------------------------------------------ names and literals
    def ident(self, x: Operand, e: Node, want_type: bool) -> None:
        name = text(e)
        self.ident_obj(x, e, name, self.lookup(name))

    def ident_obj(self, x: Operand, e: Node, name: str, obj: Any) -> None:
        """``ident`` once the name is looked up: ``obj`` is what ``name`` stands for, or None."""
        x.node = e
        if obj.__class__ is Var and obj.decl is None:     # the common case: a local variable
            obj.used = True
            t = obj.type_
            if t is not None and is_valid(t):
                x.mode, x.type = Mode.VARIABLE, t
            return
        if obj is None:
            if name == "_":
                self.error(e, "cannot use _ as value or type")
            else:
                self.error(e, f"undefined: {name}")
            return
        if isinstance(obj, PkgName):
            self.error(e, f"use of package {name} not in selector")
            obj.used = True
            return
        if obj.decl is not None:
            self.obj_decl(obj)
        if isinstance(obj, Const):
            if obj.name == "iota" and obj.pos is None:
                if self.iota is None:
                    self.error(e, "cannot use iota outside constant declaration")
                    return
                x.mode, x.type, x.val = Mode.CONSTANT, T.UNTYPED_INT, self.iota
                return
            if obj.type_ is None or not is_valid(obj.type_):
                return
            x.mode, x.type, x.val = Mode.CONSTANT, obj.type_, obj.val
        elif isinstance(obj, TypeName):
            if obj.type_ is None or not is_valid(obj.type_):
                return
            x.mode, x.type = Mode.TYPEXPR, obj.type_
        elif isinstance(obj, Var):
            obj.used = True
            if obj.type_ is None or not is_valid(obj.type_):
                return
            x.mode, x.type = Mode.VARIABLE, obj.type_
        elif isinstance(obj, Func):
            if obj.sig is None:
                return
            x.mode, x.type = Mode.VALUE, obj.sig
        elif isinstance(obj, Builtin):
            x.mode, x.builtin = Mode.BUILTIN, obj.name
            x.type = INVALID
        elif isinstance(obj, Nil):
            x.mode, x.type = Mode.NILVALUE, T.UNTYPED_NIL

    def basic_lit(self, x: Operand, e: Node) -> None:
        k = e.type
        s = text(e)
        if k in LITERALS:
            kind, t = LITERALS[k]
            if len(s) > 10000:
                self.error(e, f"excessively long constant: {s[:10]}... ({len(s)} chars)")
                return
            v = C.from_literal(s, kind)
        elif k == "rune_literal":
            try:
                v, t = int(unquote(s)), T.UNTYPED_RUNE
            except (ValueError, IndexError, TypeError):
                v, t = None, T.UNTYPED_RUNE
        else:
            try:
                v, t = unquote(s), T.UNTYPED_STRING
            except (ValueError, IndexError):
                v, t = None, T.UNTYPED_STRING
        if v is None:
            self.error(e, f"malformed constant: {s}")
            return
        x.mode, x.type, x.val, x.node = Mode.CONSTANT, t, v, e
        if v.__class__ is int and -_SMALL < v < _SMALL or v.__class__ is str:
            return    # an untyped literal that cannot overflow (what ``overflow`` would find)
        self.overflow(x, e)   # the literal's position, worked out only for an error

    # ------------------------------------------------------------ assignability in context
    def assignment(self, x: Operand, t: T.Type | None, context: str) -> None:
        """``x`` is assigned to something of type ``t`` (None: an untyped context such as ``_``)."""
        xt = x.type
        if x.mode in _SINGLE_VALUES and type(xt) is not T.Tuple and (
                (xt is t and not is_untyped(t)) or (t is T.ANY_TYPE and _plain_typed(xt))):
            return    # the same type object, or a typed value into any: nothing to convert or check
        if x.mode in _SINGLE_VALUES and t is not None and xt.__class__ is not T.Tuple and \
                _plain_typed(xt) and identical(xt, t) and is_valid(t):
            return    # a typed value into an identical type: what assignable_to finds
        if x.mode is Mode.CONSTANT and xt.__class__ is T.Basic and xt.untyped and (
                t.__class__ is T.Basic and not t.untyped or t is T.ANY_TYPE):
            # an untyped constant into a basic type (the common ``x := 1``) or into ``any``
            # (its default type): what the steps below do when the value fits; when it
            # does not they say why
            if t is T.ANY_TYPE:
                t = default_type(xt)
            val, code = self.representation(x, t)
            if code is Code.OK:
                if val is not None:
                    x.val = val
                if x.lhs_shift:
                    self.update_expr_type(x, t)
                x.type = t
                return
        self.single_value(x)
        if x.mode is Mode.INVALID:
            return
        if x.mode not in (Mode.CONSTANT, Mode.VARIABLE, Mode.MAPINDEX, Mode.VALUE, Mode.NILVALUE,
                          Mode.COMMAOK, Mode.COMMAERR):
            self.error(x, f"cannot assign {self.ostr(x)} to {self.tstr(t) if t else 'nil'} in {context}")
            x.invalidate()
            return
        if is_untyped(x.type):
            target = t
            if x.is_nil():
                if t is None:
                    self.error(x, f"use of untyped nil in {context}")
                    x.invalidate()
                    return
            elif t is None or is_interface(t):
                target = default_type(x.type)
            assert target is not None
            new, val, code = self.implicit_type_and_value(x, target)
            if code is not Code.OK:
                msg = f"cannot use {self.ostr(x)} as {self.tstr(target)} value in {context}"
                if code is Code.TRUNCATED:
                    msg += " (truncated)"
                elif code is Code.OVERFLOWS:
                    msg += " (overflows)"
                self.error(x, msg)
                x.invalidate()
                return
            if val is not None:
                x.val = val
            if new is not None and new is not x.type:
                if x.lhs_shift:
                    self.update_expr_type(x, new)
                x.type = new
        self.non_generic(x)
        if x.mode is Mode.INVALID or t is None or t is T.ANY_TYPE:
            return
        ok, cause = self.assignable_to(x, t)
        if not ok:
            msg = f"cannot use {self.ostr(x)} as {self.tstr(t)} value in {context}"
            self.error(x, msg + (f": {cause}" if cause else ""))
            x.invalidate()


_INVALID_MODE = Mode.INVALID

_SMALL = 1 << 512
"""Untyped integer constants below this size in magnitude never overflow (``overflow``)."""

MAYBE_GENERIC = frozenset({T.Named, T.Signature})
"""The classes of types that may be generic (no class derives from them)."""

_SINGLE_VALUES = frozenset({Mode.VARIABLE, Mode.VALUE, Mode.MAPINDEX, Mode.COMMAOK})


def _plain_typed(t: T.Type) -> bool:
    """A valid typed type no generic check concerns: any value of it goes into ``any``."""
    return t is not INVALID and not is_untyped(t) and getattr(t, "generic", None) is None and \
        is_valid(t)


def nth(n: int, what: str) -> str:
    ext = {1: "st", 2: "nd", 3: "rd"}.get(n, "th")
    return f"{n}{ext} {what}"


_DISPATCH = {
    **{k: ExprChecker._x_ident for k in ("identifier", "type_identifier", *PREDECLARED_WORDS)},
    **{k: ExprChecker._x_lit for k in (*LITERALS, "rune_literal", "interpreted_string_literal",
                                        "raw_string_literal")},
    "parenthesized_expression": ExprChecker._x_paren,
    "selector_expression": ExprChecker._x_selector,
    **{k: ExprChecker._x_index for k in ("index_expression", "type_instantiation_expression",
                                          "generic_type")},
    "slice_expression": ExprChecker._x_slice,
    "type_assertion_expression": ExprChecker._x_assert,
    "call_expression": ExprChecker._x_call, "type_conversion_expression": ExprChecker._x_call,
    "unary_expression": ExprChecker._x_unary, "binary_expression": ExprChecker._x_binary,
    "composite_literal": ExprChecker._x_composite, "literal_value": ExprChecker._x_composite,
    "func_literal": ExprChecker._x_func_lit, "ERROR": ExprChecker._x_error,
    **{k: ExprChecker._x_type for k in TYPE_NODES if k not in ("type_identifier", "generic_type")},
    "pointer_type": ExprChecker._x_pointer,
    "qualified_type": ExprChecker._x_qualified,
}
"""The checking of each kind of expression node."""
