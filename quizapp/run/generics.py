"""Running generic code compiled by shape: the real type arguments travel with the call.

gc compiles one instance of a generic function per *shape* (``int`` and
``MyInt`` share ``go.shape.int``) and passes a dictionary of the real
types; so does the interpreter, which runs the analysis's shape instances.
A call of an instance maps each shape to the caller's real type argument;
the frame keeps the map and the few operations that need a real type (a
conversion to an interface, a type assertion) ask it. Two type arguments
of the same shape but different types would make the map ambiguous: such
a call is refused.
"""

from __future__ import annotations

from typing import Any

from ..analysis.ir import nodes as ir
from ..analysis.types import model as T
from .errors import CannotRun
from .rtypes import identical

TDict = dict[int, T.Type]


def has_shape(t: T.Type, depth: int = 0) -> bool:
    if depth > 8:
        return False
    if getattr(t, "is_shape", False):
        return True
    if isinstance(t, T.Named):
        return any(has_shape(a, depth + 1) for a in getattr(t, "targs", None) or [])
    for attr in ("elem", "key"):
        sub = getattr(t, attr, None)
        if isinstance(sub, T.Type) and has_shape(sub, depth + 1):
            return True
    if isinstance(t, T.Struct):
        return any(has_shape(f.type, depth + 1) for f in t.fields)
    if isinstance(t, T.Signature):
        return any(has_shape(p.type, depth + 1) for p in t.params + t.results)
    return False


def subst(t: T.Type, d: TDict | None) -> T.Type:
    """``t`` with every shape replaced by the real type the dictionary maps it to."""
    if not has_shape(t):
        return t
    if d is None:
        raise CannotRun(None, f"generic code of type {T.type_string(t)} reached without its "
                        "type arguments")
    if getattr(t, "is_shape", False):
        real = d.get(id(t))
        if real is None:
            raise CannotRun(None, f"no type argument for {T.type_string(t)}")
        return real
    if isinstance(t, T.Named):
        origin = getattr(t, "origin", None)
        targs = [subst(a, d) for a in getattr(t, "targs", [])]
        key = ",".join(T.type_string(a) for a in targs)
        inst = origin.instances.get(key) if origin is not None else None
        if inst is None:
            raise CannotRun(None, f"the generic type {T.type_string(t)} instantiated with {key}")
        return inst
    if isinstance(t, T.Pointer):
        return T.Pointer(subst(t.elem, d))
    if isinstance(t, T.Slice):
        return T.Slice(subst(t.elem, d))
    if isinstance(t, T.Array):
        return T.Array(t.length, subst(t.elem, d))
    if isinstance(t, T.Map):
        return T.Map(subst(t.key, d), subst(t.elem, d))
    if isinstance(t, T.Chan):
        return T.Chan(subst(t.elem, d), t.dir)
    if isinstance(t, T.Struct):
        return T.Struct([T.Field(f.name, subst(f.type, d), f.embedded) for f in t.fields])
    if isinstance(t, T.Signature):
        return T.Signature([T.Param(p.name, subst(p.type, d)) for p in t.params],
                           [T.Param(r.name, subst(r.type, d)) for r in t.results], t.variadic)
    raise CannotRun(None, f"generic type {T.type_string(t)}")


def make_dict(callee: ir.Func, targs: list[T.Type], caller: TDict | None) -> TDict:
    """The dictionary of a call of ``callee`` with type arguments ``targs`` (the caller's view)."""
    shapes = getattr(callee, "shape_params", None) or []
    out: TDict = {}
    for shape, t in zip(shapes, targs):
        real = subst(t, caller)
        prev = out.get(id(shape))
        if prev is not None and not identical(prev, real):
            raise CannotRun(callee.pos, f"{callee.name} called with two type arguments of one shape "
                            f"({T.type_string(prev)} and {T.type_string(real)})")
        out[id(shape)] = real
    return out


def call_targs(fun: Any, args: list[Any]) -> list[T.Type] | None:
    """The type arguments of a static call of a generic function or of a generic type's method."""
    targs = getattr(fun, "targs", None)
    if targs is not None:
        return targs
    if isinstance(fun, ir.MethodExpr) and args:
        rt = args[0].type
        base = rt.under.elem if isinstance(rt.under, T.Pointer) and not isinstance(rt, T.Named) else rt
        return getattr(base, "targs", None)
    return None


def receiver_targs(t: T.Type) -> list[T.Type] | None:
    base = t.under.elem if isinstance(t.under, T.Pointer) and not isinstance(t, T.Named) else t
    return getattr(base, "targs", None)
