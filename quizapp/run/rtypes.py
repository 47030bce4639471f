"""Types at run time: identity, names as reflect prints them, comparison, hashing, methods.

An interface value carries its dynamic type, so the interpreter asks of
types what Go's runtime asks of its type descriptors: are two types
identical (type assertions, ``==`` on interfaces), what is the type's
name (``%T``, ``%v`` of a nil pointer, panic messages), are its values
comparable and hashable (map keys), and which methods it has (interface
calls, assertions to interfaces).
"""

from __future__ import annotations

import math
from typing import Any, Callable

from ..analysis.types import model as T
from ..analysis.types.lookup import lookup
from .arith import runtime_panic
from .values import Iface, NaNKey, Slice, is_aggregate


def type_key(t: T.Type) -> Any:
    """A hashable key equal for identical types (named types by identity)."""
    if isinstance(t, T.Named):
        return ("N", t)
    if isinstance(t, T.Basic):
        return ("B", T.basic_name(t))
    if isinstance(t, T.Pointer):
        return ("P", type_key(t.elem))
    if isinstance(t, T.Slice):
        return ("S", type_key(t.elem))
    if isinstance(t, T.Array):
        return ("A", t.length, type_key(t.elem))
    if isinstance(t, T.Map):
        return ("M", type_key(t.key), type_key(t.elem))
    if isinstance(t, T.Chan):
        return ("C", t.dir.value, type_key(t.elem))
    if isinstance(t, T.Struct):
        return ("T",) + tuple((f.name, f.embedded, type_key(f.type)) for f in t.fields)
    if isinstance(t, T.Signature):
        return ("F", t.variadic, tuple(type_key(p.type) for p in t.params),
                tuple(type_key(r.type) for r in t.results))
    if isinstance(t, T.Interface):
        return ("I",) + tuple((m.name, type_key(m.sig)) for m in t.all_methods())
    if isinstance(t, T.Tuple):
        return ("U",) + tuple(type_key(x) for x in t.types)
    return ("?", id(t))


def identical(a: T.Type, b: T.Type) -> bool:
    return a is b or type_key(a) == type_key(b)


# ---------------------------------------------------------------- names

def type_name(t: T.Type, pkg: str = "main") -> str:
    """The type's name as reflect (and so ``%T``) prints it: ``main.T``, ``[]int``."""
    if isinstance(t, T.Named):
        if t is T.ERROR_TYPE:
            return "error"
        name = t.name
        targs = getattr(t, "targs", None)
        if targs is not None and "[" in name:
            name = name[:name.index("[")] + "[" + ",".join(type_name(a, pkg) for a in targs) + "]"
        return f"{t.pkg or pkg}.{name}"
    if isinstance(t, T.Basic):
        return T.basic_name(t) if t is not T.UNSAFE_POINTER else "unsafe.Pointer"
    if isinstance(t, T.Pointer):
        return "*" + type_name(t.elem, pkg)
    if isinstance(t, T.Slice):
        return "[]" + type_name(t.elem, pkg)
    if isinstance(t, T.Array):
        return f"[{t.length}]" + type_name(t.elem, pkg)
    if isinstance(t, T.Map):
        return f"map[{type_name(t.key, pkg)}]{type_name(t.elem, pkg)}"
    if isinstance(t, T.Chan):
        inner = type_name(t.elem, pkg)
        if t.dir is T.ChanDir.BOTH and isinstance(t.elem, T.Chan) and t.elem.dir is T.ChanDir.RECV:
            inner = f"({inner})"
        return f"{t.dir.value} {inner}"
    if isinstance(t, T.Struct):
        if not t.fields:
            return "struct {}"
        parts = [type_name(f.type, pkg) if f.embedded else f"{f.name} {type_name(f.type, pkg)}"
                 for f in t.fields]
        return "struct { " + "; ".join(parts) + " }"
    if isinstance(t, T.Signature):
        return "func" + _sig_name(t, pkg)
    if isinstance(t, T.Interface):
        ms = t.all_methods()
        if not ms:
            return "interface {}"
        return "interface { " + "; ".join(m.name + _sig_name(m.sig, pkg) for m in ms) + " }"
    return T.type_string(t)


def _sig_name(sig: T.Signature, pkg: str) -> str:
    ps = []
    for i, p in enumerate(sig.params):
        if sig.variadic and i == len(sig.params) - 1 and isinstance(p.type, T.Slice):
            ps.append("..." + type_name(p.type.elem, pkg))
        else:
            ps.append(type_name(p.type, pkg))
    out = "(" + ", ".join(ps) + ")"
    if len(sig.results) == 1:
        out += " " + type_name(sig.results[0].type, pkg)
    elif sig.results:
        out += " (" + ", ".join(type_name(r.type, pkg) for r in sig.results) + ")"
    return out


# ---------------------------------------------------------------- comparison

def comparable(t: T.Type) -> bool:
    u = t.under
    if isinstance(u, (T.Slice, T.Map, T.Signature)):
        return False
    if isinstance(u, T.Struct):
        return all(comparable(f.type) for f in u.fields)
    if isinstance(u, T.Array):
        return comparable(u.elem)
    return True


_EQ: dict[Any, Callable[[Any, Any], bool]] = {}
_METHODS: dict[tuple[Any, str], Any] = {}
_CACHE_LIMIT = 20000
"""Caches are keyed by ``type_key``, which holds named types themselves (never a
reused ``id``); they are emptied when they grow past this many entries."""


def equal_fn(t: T.Type) -> Callable[[Any, Any], bool]:
    """``==`` for values of type ``t`` (interfaces may panic on uncomparable dynamic types)."""
    k = type_key(t)
    fn = _EQ.get(k)
    if fn is not None:
        return fn
    u = t.under
    if isinstance(u, T.Interface):
        fn = iface_equal
    elif isinstance(u, T.Slice):
        fn = _slice_nil_eq
    elif is_aggregate(t):
        slots = _slot_eqs(t)
        if all(f is None for f in slots):
            fn = _list_eq
        else:
            def agg_eq(x: list, y: list, slots: list = slots) -> bool:
                for i, f in enumerate(slots):
                    if f is None:
                        if x[i] != y[i]:
                            return False
                    elif not f(x[i], y[i]):
                        return False
                return True
            fn = agg_eq
    else:
        fn = _scalar_eq
    if len(_EQ) > _CACHE_LIMIT:
        _EQ.clear()
    _EQ[k] = fn
    return fn


def _scalar_eq(x: Any, y: Any) -> bool:
    return x == y


def _list_eq(x: list, y: list) -> bool:
    return x == y


def _slice_nil_eq(x: Slice, y: Slice) -> bool:
    # only comparisons with nil are legal
    return (x.arr is None) == (y.arr is None)


def _slot_eqs(t: T.Type) -> list:
    from .values import slot_types
    out = []
    for st in slot_types(t):
        u = st.under
        out.append(iface_equal if isinstance(u, T.Interface) else None)
    return out


def iface_equal(x: Iface | None, y: Iface | None) -> bool:
    if x is None or y is None:
        return x is y
    if not identical(x.t, y.t):
        return False
    if not comparable(x.t):
        raise runtime_panic(f"comparing uncomparable type {type_name(x.t)}")
    return equal_fn(x.t)(x.v, y.v)


# ---------------------------------------------------------------- hashing

def hash_key(t: T.Type, v: Any) -> Any:
    """A hashable stand-in for map key ``v`` of type ``t`` (equal keys, equal stand-ins)."""
    u = t.under
    if isinstance(u, T.Interface):
        if v is None:
            return None
        if not comparable(v.t):
            raise runtime_panic(f"hash of unhashable type {type_name(v.t)}")
        return (type_key(v.t), hash_key(v.t, v.v))
    if isinstance(u, T.Basic) and u.info is T.BasicInfo.FLOAT:
        return NaNKey() if math.isnan(v) else v
    if isinstance(u, T.Basic) and u.info is T.BasicInfo.COMPLEX:
        return NaNKey() if (math.isnan(v.real) or math.isnan(v.imag)) else v
    if is_aggregate(t):
        from .values import slot_types
        return tuple(hash_key(st, x) for st, x in zip(slot_types(t), v))
    return v


# ---------------------------------------------------------------- methods

def find_method(t: T.Type, name: str) -> Any:
    """The selection of method ``name`` on dynamic type ``t`` (with embedded steps), or None."""
    key = (type_key(t), name)
    cache = _METHODS
    if key in cache:
        return cache[key]
    sel = lookup(t, name)
    if sel is not None and sel.method is None:
        sel = None
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    cache[key] = sel
    return sel


def method_set_has(t: T.Type, name: str) -> bool:
    """Is ``name`` in the method set of ``t`` (value receivers only for non-pointers)?"""
    sel = find_method(t, name)
    if sel is None:
        return False
    if not sel.method_ptr_recv:
        return True
    if isinstance(t, T.Pointer):
        return True
    # a pointer-receiver method is promoted to T only through an embedded pointer
    return any(isinstance(f.type, T.Pointer) for f in sel.path)


def implements(t: T.Type, iface: T.Type) -> bool:
    u = iface.under
    assert isinstance(u, T.Interface)
    return all(method_set_has(t, m.name) for m in u.all_methods())
