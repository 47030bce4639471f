"""Questions about types the checker asks: identity, kinds of basic types, comparability, nil.

Each predicate follows types2's (``predicates.go``): the ``all_*`` ones
hold for a type parameter when they hold for every type in its type set.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..types import model as T
from .typemodel import INVALID, Iface, Term, TypeParam, generic_of

@dataclass
class TypeSet:
    """The methods and the terms (None: all types) of an interface, and whether it demands comparable."""

    methods: dict[str, T.MethodSig]
    terms: list[Term] | None
    comparable: bool

    def is_empty(self) -> bool:
        return self.terms is not None and not self.terms


def type_set(t: T.Type) -> TypeSet:
    """The type set of an interface type, through its embedded interfaces and unions."""
    u = t.under
    if not isinstance(u, T.Interface):
        return TypeSet({}, [Term(False, t)], False)
    methods: dict[str, T.MethodSig] = {}
    for m in u.methods:
        methods[m.name] = m
    terms = getattr(u, "terms", None)
    comparable = bool(getattr(u, "comparable", False))
    for e in u.embeds:
        if isinstance(e, T.Interface) or isinstance(e.under, T.Interface):
            inner = type_set(e)
            for name, m in inner.methods.items():
                methods.setdefault(name, m)
            comparable = comparable or inner.comparable
            if inner.terms is not None:
                terms = inner.terms if terms is None else intersect(terms, inner.terms)
    return TypeSet(methods, terms, comparable)


def intersect(a: list[Term], b: list[Term]) -> list[Term]:
    out = []
    for x in a:
        for y in b:
            if x.tilde and y.tilde and identical(x.type.under, y.type.under):
                out.append(x)
            elif x.tilde and not y.tilde and identical(x.type.under, y.type.under):
                out.append(y)
            elif not x.tilde and y.tilde and identical(x.type.under, y.type.under):
                out.append(x)
            elif not x.tilde and not y.tilde and identical(x.type, y.type):
                out.append(x)
    return out


def set_types(t: T.Type) -> list[T.Type] | None:
    """For a type parameter, the specific types of its type set (underlying types of terms);
    for any other type, ``[t]``. None when the set is all types."""
    if isinstance(t, TypeParam):
        ts = type_set(t.bound)
        if ts.terms is None:
            return None
        return [term.type for term in ts.terms]
    return [t]


def all_under(t: T.Type, pred: Any) -> bool:
    """``pred`` holds for the underlying type of every type in t's type set (types2's allX)."""
    if isinstance(t, TypeParam):
        types = set_types(t)
        if types is None:
            return False
        return bool(types) and all(pred(x.under) for x in types)
    return pred(t.under)



INFO = T.BasicInfo


def basic(t: T.Type) -> T.Basic | None:
    u = t.under
    return u if isinstance(u, T.Basic) else None


def _info_in(*infos: T.BasicInfo):  # noqa: ANN202 - a predicate factory
    def pred(u: T.Type) -> bool:
        return isinstance(u, T.Basic) and u.info in infos and u is not INVALID
    return pred


is_boolean_u = _info_in(INFO.BOOL)
is_integer_u = _info_in(INFO.INT, INFO.UINT)
is_unsigned_u = _info_in(INFO.UINT)
is_float_u = _info_in(INFO.FLOAT)
is_complex_u = _info_in(INFO.COMPLEX)
is_numeric_u = _info_in(INFO.INT, INFO.UINT, INFO.FLOAT, INFO.COMPLEX)
is_string_u = _info_in(INFO.STRING)
is_ordered_u = _info_in(INFO.INT, INFO.UINT, INFO.FLOAT, INFO.STRING)
is_numeric_or_string_u = _info_in(INFO.INT, INFO.UINT, INFO.FLOAT, INFO.COMPLEX, INFO.STRING)
is_const_type_u = _info_in(INFO.BOOL, INFO.INT, INFO.UINT, INFO.FLOAT, INFO.COMPLEX, INFO.STRING)


def is_boolean(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and is_boolean_u(t.under)


def is_integer(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and is_integer_u(t.under)


def is_unsigned(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and is_unsigned_u(t.under)


def is_float(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and is_float_u(t.under)


def is_complex(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and is_complex_u(t.under)


def is_numeric(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and is_numeric_u(t.under)


def is_string(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and is_string_u(t.under)


def is_const_type(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and is_const_type_u(t.under)


def all_boolean(t: T.Type) -> bool:
    return all_under(t, is_boolean_u)


def all_integer(t: T.Type) -> bool:
    return all_under(t, is_integer_u)


def all_unsigned(t: T.Type) -> bool:
    return all_under(t, is_unsigned_u)


def all_numeric(t: T.Type) -> bool:
    return all_under(t, is_numeric_u)


def all_string(t: T.Type) -> bool:
    return all_under(t, is_string_u)


def all_ordered(t: T.Type) -> bool:
    return all_under(t, is_ordered_u)


def all_numeric_or_string(t: T.Type) -> bool:
    return all_under(t, is_numeric_or_string_u)


def is_untyped(t: T.Type) -> bool:
    return t.__class__ is T.Basic and t.untyped     # (the invalid type is typed)


def is_typed(t: T.Type) -> bool:
    return not is_untyped(t)


def is_interface(t: T.Type) -> bool:
    """An interface type that is not a type parameter."""
    return not isinstance(t, TypeParam) and isinstance(t.under, T.Interface)


def is_pointer(t: T.Type) -> bool:
    return not isinstance(t, TypeParam) and isinstance(t.under, T.Pointer)


def has_name(t: T.Type) -> bool:
    """A named type, a basic type or a type parameter (types2's hasName)."""
    return isinstance(t, (T.Named, T.Basic, TypeParam))


def is_untyped_numeric(t: T.Type) -> bool:
    return is_untyped(t) and is_numeric_u(t)


def has_nil(t: T.Type) -> bool:
    if isinstance(t, TypeParam):
        types = type_set(t.bound).terms
        return types is not None and bool(types) and all(has_nil(x.type) for x in types)
    u = t.under
    if isinstance(u, T.Basic):
        return u.info is INFO.UNSAFE_POINTER
    return isinstance(u, (T.Pointer, T.Slice, T.Map, T.Chan, T.Signature, T.Interface))


def identical(a: T.Type, b: T.Type) -> bool:
    """Go's type identity, with type parameters and generic instances."""
    if a is b:
        return True
    if a.__class__ is T.Basic and b.__class__ is T.Basic:   # (the basic case below, first)
        return a.untyped == b.untyped and T.basic_name(a) == T.basic_name(b)
    if isinstance(a, TypeParam) or isinstance(b, TypeParam):
        return False
    if isinstance(a, T.Named) and isinstance(b, T.Named):
        ga, gb = generic_of(a), generic_of(b)
        if ga is not None and gb is not None and ga.targs is not None and gb.targs is not None:
            return ga.origin is gb.origin and len(ga.targs) == len(gb.targs) and all(
                identical(x, y) for x, y in zip(ga.targs, gb.targs))
        return False
    if isinstance(a, T.Named) or isinstance(b, T.Named):
        return False
    if isinstance(a, T.Basic) and isinstance(b, T.Basic):
        return a.untyped == b.untyped and T.basic_name(a) == T.basic_name(b)
    if type(a) is not type(b) and not (isinstance(a, T.Interface) and isinstance(b, T.Interface)):
        return False
    if isinstance(a, (T.Pointer, T.Slice)):
        return identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, T.Array):
        return a.length == b.length and identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, T.Map):
        return identical(a.key, b.key) and identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, T.Chan):
        return a.dir == b.dir and identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, T.Struct):
        fb = b.fields  # type: ignore[attr-defined]
        return len(a.fields) == len(fb) and all(
            x.name == y.name and x.embedded == y.embedded and identical(x.type, y.type)
            for x, y in zip(a.fields, fb))
    if isinstance(a, T.Signature):
        sb: T.Signature = b  # type: ignore[assignment]
        return (a.variadic == sb.variadic and len(a.params) == len(sb.params)
                and len(a.results) == len(sb.results)
                and all(identical(x.type, y.type) for x, y in zip(a.params, sb.params))
                and all(identical(x.type, y.type) for x, y in zip(a.results, sb.results)))
    if isinstance(a, T.Interface):
        sa, sb2 = type_set(a), type_set(b)
        if sa.comparable != sb2.comparable or (sa.terms is None) != (sb2.terms is None):
            return False
        if sa.terms is not None and sb2.terms is not None:
            if len(sa.terms) != len(sb2.terms) or not all(
                    any(x.tilde == y.tilde and identical(x.type, y.type) for y in sb2.terms)
                    for x in sa.terms):
                return False
        return sa.methods.keys() == sb2.methods.keys() and all(
            identical(m.sig, sb2.methods[n].sig) for n, m in sa.methods.items())
    if isinstance(a, T.Tuple):
        return len(a.types) == len(b.types) and all(  # type: ignore[attr-defined]
            identical(x, y) for x, y in zip(a.types, b.types))  # type: ignore[attr-defined]
    return False


def default_type(t: T.Type) -> T.Type:
    return T.default_type(t)


_UNTYPED_RANK = {id(T.UNTYPED_INT): 0, id(T.UNTYPED_RUNE): 1, id(T.UNTYPED_FLOAT): 2,
                 id(T.UNTYPED_COMPLEX): 3}


def max_type(x: T.Type, y: T.Type) -> T.Type | None:
    """The larger of two untyped numeric types, or either if they are identical."""
    rx, ry = _UNTYPED_RANK.get(id(x)), _UNTYPED_RANK.get(id(y))
    if rx is not None and ry is not None:
        return x if rx >= ry else y
    if identical(x, y):
        return x
    return None


def comparable_cause(t: T.Type, dynamic: bool, tstr: Callable[[T.Type], str],
                     seen: set[int] | None = None) -> str | None:
    """None when ``t`` is comparable, else why not ("" when there is no specific reason).

    ``dynamic``: an interface value is comparable (its dynamic value may panic);
    otherwise an interface must be comparable by its type set (constraints).
    """
    seen = seen if seen is not None else set()
    if id(t) in seen:
        return None
    seen.add(id(t))
    u = t.under
    if isinstance(t, TypeParam) or isinstance(u, T.Interface):
        if dynamic and not isinstance(t, TypeParam):
            return None
        ts = type_set(t.bound if isinstance(t, TypeParam) else u)
        if ts.comparable or (ts.terms is not None and all(
                comparable_cause(x.type, False, tstr, seen) is None for x in ts.terms)):
            return None
        return "empty type set" if ts.is_empty() else "incomparable types in type set"
    if isinstance(u, T.Basic):
        return "" if u is T.UNTYPED_NIL else None
    if isinstance(u, (T.Pointer, T.Chan)):
        return None
    if isinstance(u, T.Struct):
        for f in u.fields:
            if comparable_cause(f.type, dynamic, tstr, seen) is not None:
                return f"struct containing {tstr(f.type)} cannot be compared"
        return None
    if isinstance(u, T.Array):
        if comparable_cause(u.elem, dynamic, tstr, seen) is not None:
            return f"{tstr(t)} cannot be compared"
        return None
    return ""


def is_iface_with_terms(t: T.Type) -> bool:
    u = t.under
    return isinstance(u, Iface) and (u.terms is not None or u.comparable)
