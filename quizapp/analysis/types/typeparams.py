"""Type parameters, while inferring type arguments: binding them by unification.

gc compiles generic code per shape, so type parameters never reach escape
analysis; they exist only while the front end infers a call's type
arguments from its arguments' types.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import NOPOS, Unsupported
from . import model as T


@dataclass(eq=False)
class TypeParam(T.Type):
    """A type parameter, seen only while inferring type arguments."""

    name: str
    kind: T.Kind = T.Kind.NAMED

    def size(self) -> int:
        raise Unsupported(NOPOS, f"size of type parameter {self.name}")

    def align(self) -> int:
        return 8

    def has_pointers(self) -> bool:
        return True


def unify(p: T.Type, a: T.Type, bound: dict[int, T.Type]) -> None:
    """Bind the type parameters in ``p`` from the argument type ``a`` (structurally)."""
    if isinstance(p, TypeParam):
        bound.setdefault(id(p), a)
        return
    origin = getattr(p, "origin", None)
    if origin is not None:
        if getattr(a, "origin", None) is origin:
            for x, y in zip(p.targs, a.targs):  # type: ignore[attr-defined]
                unify(x, y, bound)
            return
        if isinstance(a, T.Named):
            return
        p = p.under     # an instance against a type literal: their structures unify (inexact)
    au = a.under if not isinstance(a, TypeParam) else a
    if isinstance(p, T.Pointer) and isinstance(au, T.Pointer):
        unify(p.elem, au.elem, bound)
    elif isinstance(p, T.Slice) and isinstance(au, T.Slice):
        unify(p.elem, au.elem, bound)
    elif isinstance(p, T.Array) and isinstance(au, T.Array):
        unify(p.elem, au.elem, bound)
    elif isinstance(p, T.Map) and isinstance(au, T.Map):
        unify(p.key, au.key, bound)
        unify(p.elem, au.elem, bound)
    elif isinstance(p, T.Chan) and isinstance(au, T.Chan):
        unify(p.elem, au.elem, bound)
    elif isinstance(p, T.Signature) and isinstance(au, T.Signature):
        for x, y in zip(p.params, au.params):
            unify(x.type, y.type, bound)
        for x, y in zip(p.results, au.results):
            unify(x.type, y.type, bound)
