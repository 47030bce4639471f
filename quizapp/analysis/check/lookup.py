"""Finding fields and methods, and deciding whether a type implements an interface.

``lookup_field_or_method`` follows types2: a breadth-first search through
embedded fields, depth by depth; two matches at the same depth are
ambiguous; a method with a pointer receiver is not in the method set of a
value that is neither a pointer nor addressable (``indirect``). An
unexported field or method of another package is not found (but a lookup
that ignores case finds it, so that gc's message can say why).
``missing_method`` gives, when a type does not implement an interface,
the cause gc prints: missing method, pointer receiver, wrong type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..types import model as T
from .predicates import identical, type_set
from .subst import instance_methods
from .typemodel import TypeParam, is_valid, pkg_path
from .typestr import Qualifier, signature_string, type_string


@dataclass(frozen=True)
class FieldRef:
    """A field found by a lookup, with the package that declared it."""

    field: T.Field
    path: str


@dataclass(frozen=True)
class IfaceMethod:
    """A method found in an interface's method set."""

    name: str
    sig: T.Signature


@dataclass
class Found:
    """The result of a lookup: the object (None when not found), the embedding path, and
    whether a pointer indirection was needed (or, with no object, a pointer receiver was)."""

    obj: Any
    index: list[int] | None
    indirect: bool


def is_exported(name: str) -> bool:
    return bool(name) and name[0].isupper()


def _same_id(name: str, want: str, path: str, fold: bool) -> bool:
    if fold and name.lower() == want.lower():
        return True
    if name != want:
        return False
    return is_exported(name) or path == ""


def deref(t: T.Type) -> tuple[T.Type, bool]:
    """The element of an unnamed pointer type, and whether it was one."""
    if isinstance(t, T.Pointer):
        return t.elem, True
    return t, False


def named_methods(t: T.Named) -> dict[str, Any]:
    """A named type's declared methods (for an instance, the origin's, substituted)."""
    return instance_methods(t)


def method_ptr_recv(m: Any) -> bool:
    return bool(getattr(m, "ptr_recv", False))


def lookup_field_or_method(t: T.Type, addressable: bool, name: str, fold: bool = False) -> Found:
    if isinstance(t, T.Named) and isinstance(t.under, T.Pointer):
        f = _lookup(t.under, False, name, fold)
        if f.obj is not None and not isinstance(f.obj, FieldRef):
            return Found(None, None, False)
        return f
    return _lookup(t, addressable, name, fold)


def _lookup(t: T.Type, addressable: bool, name: str, fold: bool) -> Found:
    if name == "_":
        return Found(None, None, False)
    typ, is_ptr = deref(t)
    if is_ptr and isinstance(typ.under, T.Interface):   # a type parameter too: its under is its constraint
        return Found(None, None, False)
    current: list[tuple[T.Type, list[int], bool, bool]] = [(typ, [], is_ptr, False)]
    seen: list[T.Type] = []
    while current:
        nxt: list[tuple[T.Type, list[int], bool, bool]] = []
        obj: Any = None
        index: list[int] | None = None
        indirect = False
        for etyp, eidx, eind, multiples in current:
            owner = ""
            if isinstance(etyp, T.Named):
                if any(identical(etyp, x) for x in seen):
                    continue
                seen.append(etyp)
                owner = pkg_path(etyp)
                i, m = _named_method(etyp, name, owner, fold)
                if m is not None:
                    index = eidx + [i]
                    if obj is not None or multiples:
                        return Found(None, index, False)
                    obj, indirect = m, eind
                    continue
            u = etyp.bound.under if isinstance(etyp, TypeParam) else etyp.under
            if isinstance(u, T.Struct):
                for i, f in enumerate(u.fields):
                    if _same_id(f.name, name, owner, fold):
                        index = eidx + [i]
                        if obj is not None or multiples:
                            return Found(None, index, False)
                        obj, indirect = FieldRef(f, owner), eind
                        continue
                    if obj is None and f.embedded:
                        ft, fptr = deref(f.type)
                        nxt.append((ft, eidx + [i], eind or fptr, multiples))
            elif isinstance(u, T.Interface):
                for mname, m in type_set(u).methods.items():
                    if _same_id(mname, name, owner, fold):
                        index = eidx + [0]
                        if obj is not None or multiples:
                            return Found(None, index, False)
                        obj, indirect = IfaceMethod(mname, m.sig), eind
                        break
        if obj is not None:
            if not isinstance(obj, (FieldRef, IfaceMethod)) and method_ptr_recv(obj) and \
                    not indirect and not addressable:
                return Found(None, None, True)
            return Found(obj, index, indirect)
        current = _consolidate(nxt)
    return Found(None, None, False)


def _named_method(t: T.Named, name: str, owner: str, fold: bool) -> tuple[int, Any]:
    for i, (mname, m) in enumerate(named_methods(t).items()):
        if m is not None and _same_id(mname, name, owner, fold):
            return i, m
    return -1, None


def _consolidate(lst: list[tuple[T.Type, list[int], bool, bool]]) -> list[tuple[T.Type, list[int], bool, bool]]:
    if len(lst) <= 1:
        return lst
    out: list[tuple[T.Type, list[int], bool, bool]] = []
    for e in lst:
        for i, o in enumerate(out):
            if identical(o[0], e[0]):
                out[i] = (o[0], o[1], o[2], True)
                break
        else:
            out.append(e)
    return out


def interface_ptr_error(t: T.Type, qf: Qualifier) -> str | None:
    """gc's explanation when ``t`` is a pointer to an interface or type parameter (None otherwise)."""
    u = t.under
    if not isinstance(u, T.Pointer) or not isinstance(u.elem.under, T.Interface):
        return None
    if isinstance(u.elem, TypeParam):
        return f"type {type_string(t, qf)} is pointer to type parameter, not type parameter"
    return f"type {type_string(t, qf)} is pointer to interface, not interface"


def method_sig(m: Any) -> T.Signature:
    return m.sig


def missing_method(v: T.Type, iface: T.Type, static: bool,
                   qf: Qualifier) -> tuple[str | None, bool, str]:
    """(name of a method ``v`` lacks, whether it is a wrong-type/pointer case, the cause)."""
    def tstr(t: T.Type) -> str:
        return type_string(t, qf)
    methods = type_set(iface).methods
    if not methods:
        return None, False, ""
    vu = v.under
    state, m_name, f = "ok", "", None
    if isinstance(vu, T.Interface) and not isinstance(v, TypeParam):
        vms = type_set(vu).methods
        for name in sorted(methods):
            m_name = name
            fm = vms.get(name)
            if fm is None:
                if not static:
                    continue
                state = "notFound"
                break
            if not identical(fm.sig, methods[name].sig):
                state, f = "wrongSig", IfaceMethod(name, fm.sig)
                break
    else:
        for name in sorted(methods):
            m_name = name
            found = lookup_field_or_method(v, False, name)
            if found.obj is None:
                if found.index is not None:
                    state = "ambigSel"
                elif found.indirect:
                    state = "ptrRecv"
                elif not name[0].isupper() and _from_std(v):
                    continue   # the data lists std types' exported methods only
                else:
                    state = "notFound"
                    alt = lookup_field_or_method(v, False, name, fold=True)
                    if alt.obj is not None and not isinstance(alt.obj, FieldRef):
                        f = alt.obj
                        state = "unexported" if _name_of(f) == name else "wrongName"
                break
            if isinstance(found.obj, FieldRef):
                state = "field"
                break
            f = found.obj
            if not identical(_recvless(method_sig(f)), _recvless(methods[name].sig)):
                state = "wrongSig"
                break
    if state == "ok":
        return None, False, ""
    m_sig = methods[m_name].sig
    if state == "notFound":
        ptr = interface_ptr_error(v, qf) or interface_ptr_error(iface, qf)
        cause = f"({ptr})" if ptr else f"(missing method {m_name})"
    elif state == "wrongName":
        cause = (f"(missing method {m_name})\n\t\thave {_func_string(_name_of(f), method_sig(f), qf)}"
                 f"\n\t\twant {_func_string(m_name, m_sig, qf)}")
    elif state == "unexported":
        cause = f"(unexported method {m_name})"
    elif state == "wrongSig":
        fs, ms = _func_string(m_name, method_sig(f), qf), _func_string(m_name, m_sig, qf)
        cause = f"(wrong type for method {m_name})" if fs == ms else \
            f"(wrong type for method {m_name})\n\t\thave {fs}\n\t\twant {ms}"
    elif state == "ambigSel":
        cause = f"(ambiguous selector {tstr(v)}.{m_name})"
    elif state == "ptrRecv":
        cause = f"(method {m_name} has pointer receiver)"
    else:
        cause = f"({tstr(v)}.{m_name} is a field, not a method)"
    return m_name, state in ("wrongSig", "ptrRecv"), cause


def _name_of(m: Any) -> str:
    return m.name


def _recvless(sig: T.Signature) -> T.Signature:
    return sig


def _func_string(name: str, sig: T.Signature, qf: Qualifier) -> str:
    return name + signature_string(sig, qf, names=False)


def implements(v: T.Type, t: T.Type, qf: Qualifier, constraint: bool = False) -> tuple[bool, str]:
    """Whether ``v`` implements (or satisfies) interface ``t``, and gc's cause when not."""
    def tstr(x: T.Type) -> str:
        return type_string(x, qf)
    vu, tu = v.under, t.under
    if not is_valid(vu) or not is_valid(tu):
        return True, ""
    verb = "satisfy" if constraint else "implement"
    if not isinstance(tu, T.Interface):
        detail = interface_ptr_error(t, qf) or f"{tstr(t)} is not an interface"
        return False, f"{tstr(v)} does not {verb} {tstr(t)} ({detail})"
    ts = type_set(tu)
    if not ts.methods and ts.terms is None and not ts.comparable:
        return True, ""
    if isinstance(vu, T.Interface) and type_set(vu).is_empty():
        return True, ""
    if ts.is_empty():
        return False, f"cannot {verb} {tstr(t)} (empty type set)"
    name, _, cause = missing_method(v, t, True, qf)
    if name is not None:
        return False, f"{tstr(v)} does not {verb} {tstr(t)} {cause}"
    return True, ""


def assertable_to(v: T.Type, t: T.Type, qf: Qualifier) -> tuple[bool, str]:
    """Whether ``x.(t)`` can succeed for an interface ``v`` (types2's assertableTo)."""
    if isinstance(t.under, T.Interface) and not isinstance(t, TypeParam):
        return True, ""
    name, _, cause = missing_method(t, v, False, qf)
    return name is None, cause


def lookup_error(typ_s: str, sel: str, alt: Any, struct_lit: bool) -> str:
    """gc's explanation of a failed lookup, with a hint when a name differs only in case."""
    e = "missing"
    alt_name = ""
    if alt is not None:
        alt_name = alt.field.name if isinstance(alt, FieldRef) else alt.name
        alt_path = alt.path if isinstance(alt, FieldRef) else getattr(alt, "path", "")
        if alt_path == "":
            e = "misspelled"
        elif is_exported(sel):
            if is_exported(alt_name):
                e = "misspelled"
            elif sel[1:] == alt_name[1:]:
                e = "unexported"
        elif is_exported(alt_name):
            if sel[1:] == alt_name[1:]:
                e = "misspelled"
        elif sel == alt_name:
            e = "inaccessible"
    if struct_lit:
        return {
            "missing": f"unknown field {sel} in struct literal of type {typ_s}",
            "misspelled": f"unknown field {sel} in struct literal of type {typ_s}, but does have {alt_name}",
            "unexported": f"unknown field {sel} in struct literal of type {typ_s}, "
                          f"but does have unexported {alt_name}",
            "inaccessible": f"cannot refer to unexported field {alt_name} in struct literal of type {typ_s}",
        }[e]
    what = "field" if isinstance(alt, FieldRef) else "method" if alt is not None else "object"
    return {
        "missing": f"type {typ_s} has no field or method {sel}",
        "misspelled": f"type {typ_s} has no field or method {sel}, but does have {what} {alt_name}",
        "unexported": f"type {typ_s} has no field or method {sel}, but does have unexported {what} {alt_name}",
        "inaccessible": f"cannot refer to unexported {what} {alt_name}",
    }[e]


def _from_std(t: T.Type) -> bool:
    """A standard-library named type (or a pointer to one), whose unexported methods are unknown."""
    if isinstance(t, T.Pointer):
        t = t.elem
    return isinstance(t, T.Named) and bool(getattr(t, "path", ""))
