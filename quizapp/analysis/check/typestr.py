"""Types as gc's type checker writes them in messages: ``*"sync".WaitGroup``, ``func(x int) int``.

types2 spells types differently from the IR printer the escape report
uses: struct and interface bodies without spaces inside the braces
(``struct{x int; y int}``), parameter names kept in function types, ``any``
where the source said ``any``, and a package prefix chosen by a
*qualifier*: none for the checked package, the package name otherwise, or
the quoted import path when two packages among the file's imports (direct
or not) share that name.
"""

from __future__ import annotations

from typing import Callable

from ..types import model as T
from ..types.constant import quote_string
from .typemodel import INVALID, Iface, TypeParam, generic_of, pkg_path

Qualifier = Callable[[str], str]
"""Import path ("" for the checked package) to the prefix gc writes before a type name."""


def no_qualifier(path: str) -> str:
    return path


def type_string(t: T.Type, qf: Qualifier = no_qualifier, param_names: bool = True) -> str:
    out: list[str] = []
    _write(out, t, qf, param_names, set())
    return "".join(out)


def _prefix(path: str, qf: Qualifier) -> str:
    if not path:
        return ""
    q = qf(path)
    return q + "." if q else ""


def _write(out: list[str], t: T.Type, qf: Qualifier, names: bool, seen: set[int]) -> None:
    if id(t) in seen and isinstance(t, T.Named):
        out.append(t.name)
        return
    if isinstance(t, T.Basic):
        if t is T.UNSAFE_POINTER:
            out.append("unsafe.Pointer")
        elif t is INVALID:
            out.append("invalid type")
        else:
            out.append(t.name)
    elif isinstance(t, TypeParam):
        out.append(t.name)
    elif isinstance(t, T.Named):
        seen = seen | {id(t)}
        g = generic_of(t)
        name = t.name
        if g is not None and g.origin is not None:
            name = g.origin.name
        out.append(_prefix(pkg_path(t), qf) + name)
        if g is not None and g.targs is not None:
            out.append("[")
            for i, a in enumerate(g.targs):
                if i:
                    out.append(", ")
                _write(out, a, qf, names, seen)
            out.append("]")
        elif g is not None and g.tparams:
            out.append(tparam_list(g.tparams, qf))
    elif isinstance(t, T.Pointer):
        out.append("*")
        _write(out, t.elem, qf, names, seen)
    elif isinstance(t, T.Slice):
        out.append("[]")
        _write(out, t.elem, qf, names, seen)
    elif isinstance(t, T.Array):
        out.append(f"[{t.length}]")
        _write(out, t.elem, qf, names, seen)
    elif isinstance(t, T.Map):
        out.append("map[")
        _write(out, t.key, qf, names, seen)
        out.append("]")
        _write(out, t.elem, qf, names, seen)
    elif isinstance(t, T.Chan):
        parens = t.dir is T.ChanDir.BOTH and isinstance(t.elem, T.Chan) and \
            t.elem.dir is T.ChanDir.RECV
        out.append({T.ChanDir.BOTH: "chan ", T.ChanDir.SEND: "chan<- ",
                    T.ChanDir.RECV: "<-chan "}[t.dir])
        out.append("(" if parens else "")
        _write(out, t.elem, qf, names, seen)
        out.append(")" if parens else "")
    elif isinstance(t, T.Struct):
        out.append("struct{")
        for i, f in enumerate(t.fields):
            if i:
                out.append("; ")
            if not f.embedded:
                out.append(f.name + " ")
            _write(out, f.type, qf, names, seen)
            tag = getattr(f, "tag", "")
            if tag:
                out.append(" " + quote_string(tag))
        out.append("}")
    elif isinstance(t, T.Signature):
        out.append("func")
        _signature(out, t, qf, names, seen)
    elif isinstance(t, T.Interface):
        _interface(out, t, qf, names, seen)
    elif isinstance(t, T.Tuple):
        out.append("(")
        named = t.names if t.names and all(t.names) else None
        for i, x in enumerate(t.types):
            if i:
                out.append(", ")
            if named:
                out.append(named[i] + " ")
            _write(out, x, qf, names, seen)
        out.append(")")
    else:
        out.append("?")


def _interface(out: list[str], t: T.Interface, qf: Qualifier, names: bool, seen: set[int]) -> None:
    if t is T.ANY_TYPE:
        out.append("any")
        return
    if isinstance(t, Iface) and t.implicit and not t.methods and len(t.embeds) == 1:
        _write(out, t.embeds[0], qf, names, seen)
        return
    if isinstance(t, Iface) and t.implicit and not t.methods and not t.embeds and t.terms:
        out.append(_terms(t, qf))  # the constraint as written: [T ~int | ~string]
        return
    if isinstance(t, Iface) and t.implicit:
        out.append("/* implicit */ ")
    out.append("interface{")
    first = True
    for m in t.methods:
        out.append("" if first else "; ")
        first = False
        out.append(m.name)
        _signature(out, m.sig, qf, names, seen)
    for e in t.embeds:
        out.append("" if first else "; ")
        first = False
        _write(out, e, qf, names, seen)
    if isinstance(t, Iface) and t.terms is not None and not t.embeds:
        out.append("" if first else "; ")
        out.append(_terms(t, qf))
    out.append("}")


def _terms(t: Iface, qf: Qualifier) -> str:
    return " | ".join(("~" if term.tilde else "") + type_string(term.type, qf) for term in t.terms or ())


def _tuple(out: list[str], params: list[T.Param], variadic: bool, qf: Qualifier, names: bool,
           seen: set[int]) -> None:
    out.append("(")
    for i, p in enumerate(params):
        if i:
            out.append(", ")
        if names and p.name:
            out.append(p.name + " ")
        if variadic and i == len(params) - 1:
            if isinstance(p.type, T.Slice):
                out.append("...")
                _write(out, p.type.elem, qf, names, seen)
            else:
                _write(out, p.type, qf, names, seen)
                out.append("...")
        else:
            _write(out, p.type, qf, names, seen)
    out.append(")")


def _signature(out: list[str], sig: T.Signature, qf: Qualifier, names: bool, seen: set[int]) -> None:
    g = generic_of(sig)
    if g is not None and g.tparams and g.targs is None:
        out.append(tparam_list(g.tparams, qf))
    _tuple(out, sig.params, sig.variadic, qf, names, seen)
    if not sig.results:
        return
    out.append(" ")
    if len(sig.results) == 1 and not (names and sig.results[0].name):
        _write(out, sig.results[0].type, qf, names, seen)
        return
    _tuple(out, sig.results, False, qf, names, seen)


def signature_string(sig: T.Signature, qf: Qualifier = no_qualifier, names: bool = True) -> str:
    out: list[str] = []
    _signature(out, sig, qf, names, set())
    return "".join(out)


def tparam_list(tparams: list[TypeParam], qf: Qualifier) -> str:
    """``[K comparable, V any]``: consecutive parameters with the same bound share it."""
    out = ["["]
    prev: T.Type | None = None
    for i, tp in enumerate(tparams):
        if i:
            if tp.bound is not prev and prev is not None:
                out.append(" " + type_string(prev, qf))
            out.append(", ")
        prev = tp.bound
        out.append(tp.name)
    if prev is not None:
        out.append(" " + type_string(prev, qf))
    out.append("]")
    return "".join(out)


def types_summary(types: list[T.Type], variadic: bool, has_dots: bool, qf: Qualifier) -> str:
    """``(number, string)``: a list of argument or parameter types as gc summarises them."""
    parts = []
    for i, t in enumerate(types):
        if t is None or t is INVALID:
            s = "unknown type"
        elif isinstance(t, T.Basic) and t.untyped:
            s = "number" if t.info in (T.BasicInfo.INT, T.BasicInfo.UINT, T.BasicInfo.FLOAT,
                                       T.BasicInfo.COMPLEX) else t.name.replace("untyped ", "")
        else:
            s = type_string(t, qf)
        if i == len(types) - 1:
            if variadic:
                if isinstance(t, T.Slice):
                    s = type_string(t.elem, qf)
                s = "..." + s
            elif has_dots:
                s += "..."
        parts.append(s)
    return "(" + ", ".join(parts) + ")"
