"""Substituting type arguments for type parameters, and the instances that result.

Instantiating a generic type or function replaces its type parameters
throughout (``subst``). An instance of a named type is made once per
distinct argument list; its methods are the origin's, substituted on
demand. ``Unifier`` binds type parameters by matching a parameter type
against an argument type, for inference.
"""

from __future__ import annotations

from typing import Any

from ..types import model as T
from .predicates import identical, type_set
from .typemodel import INVALID, Generic, Iface, Term, TypeParam, generic_of, is_valid

SubstMap = dict[int, T.Type]
"""id(type parameter) -> type argument."""


def make_subst(tparams: list[TypeParam], targs: list[T.Type | None]) -> SubstMap:
    return {id(tp): ta for tp, ta in zip(tparams, targs) if ta is not None}


def subst(t: T.Type, smap: SubstMap) -> T.Type:
    """``t`` with type parameters replaced as ``smap`` says."""
    if not smap:
        return t
    if isinstance(t, TypeParam):
        return smap.get(id(t), t)
    if isinstance(t, T.Named):
        g = generic_of(t)
        if g is not None and g.targs is not None:
            new = [subst(a, smap) for a in g.targs]
            if any(a is not b for a, b in zip(new, g.targs)):
                return instantiate_named(g.origin, new)
        return t
    if isinstance(t, T.Pointer):
        e = subst(t.elem, smap)
        return t if e is t.elem else T.Pointer(e)
    if isinstance(t, T.Slice):
        e = subst(t.elem, smap)
        return t if e is t.elem else T.Slice(e)
    if isinstance(t, T.Array):
        e = subst(t.elem, smap)
        return t if e is t.elem else T.Array(t.length, e)
    if isinstance(t, T.Map):
        k, e = subst(t.key, smap), subst(t.elem, smap)
        return t if k is t.key and e is t.elem else T.Map(k, e)
    if isinstance(t, T.Chan):
        e = subst(t.elem, smap)
        return t if e is t.elem else T.Chan(e, t.dir)
    if isinstance(t, T.Struct):
        fields = [T.Field(f.name, subst(f.type, smap), f.embedded) for f in t.fields]
        if all(a.type is b.type for a, b in zip(fields, t.fields)):
            return t
        return T.Struct(fields)
    if isinstance(t, T.Signature):
        return subst_sig(t, smap)
    if isinstance(t, T.Interface):
        methods = [T.MethodSig(m.name, subst_sig(m.sig, smap)) for m in t.methods]
        embeds = [subst(e, smap) for e in t.embeds]
        terms = getattr(t, "terms", None)
        new_terms = [Term(x.tilde, subst(x.type, smap)) for x in terms] if terms is not None else None
        return Iface(methods, embeds, terms=new_terms, comparable=bool(getattr(t, "comparable", False)),
                     implicit=bool(getattr(t, "implicit", False)))
    if isinstance(t, T.Tuple):
        return T.Tuple([subst(x, smap) for x in t.types], names=t.names)
    return t


def subst_sig(sig: T.Signature, smap: SubstMap) -> T.Signature:
    new = T.Signature([T.Param(p.name, subst(p.type, smap)) for p in sig.params],
                      [T.Param(p.name, subst(p.type, smap)) for p in sig.results],
                      sig.variadic,
                      T.Param(sig.recv.name, subst(sig.recv.type, smap)) if sig.recv else None)
    g = generic_of(sig)
    if g is not None and g.targs is None and not any(id(tp) in smap for tp in g.tparams):
        # a generic method (Go 1.27) of an instance: its own type parameters stay
        if not all(identical(subst(tp.bound, smap), tp.bound) for tp in g.tparams):
            raise NotImplementedError("a generic method whose constraint names its receiver's "
                                      "type parameters")
        new.generic = g  # type: ignore[attr-defined]
    return new


def instantiate_named(origin: T.Named, targs: list[T.Type]) -> T.Named:
    """The instance ``origin[targs]``, made once per distinct argument list."""
    g = generic_of(origin)
    assert g is not None
    cache: list[T.Named] = getattr(origin, "instances", None) or []
    for inst in cache:
        ig = generic_of(inst)
        if ig is not None and ig.targs is not None and len(ig.targs) == len(targs) and all(
                identical(a, b) for a, b in zip(ig.targs, targs)):
            return inst
    inst = T.Named(origin.name)
    inst.generic = Generic(g.tparams, origin, list(targs))  # type: ignore[attr-defined]
    if hasattr(origin, "path"):
        inst.path = origin.path  # type: ignore[attr-defined]
    cache.append(inst)
    origin.instances = cache  # type: ignore[attr-defined]
    u = origin.underlying
    if getattr(origin, "pending", False) or u is None:
        inst.underlying = INVALID   # the origin is still being declared: completed afterwards
        inst.pending = True  # type: ignore[attr-defined]
    else:
        inst.underlying = subst(u, make_subst(g.tparams, targs)) if is_valid(u) else INVALID
    return inst


def complete_instances(origin: T.Named) -> None:
    """Give the instances made while ``origin`` was being declared their underlying types."""
    g = generic_of(origin)
    for inst in getattr(origin, "instances", None) or []:
        ig = generic_of(inst)
        if getattr(inst, "pending", False) and g is not None and ig is not None and ig.targs is not None:
            inst.pending = False  # type: ignore[attr-defined]
            u = origin.underlying
            inst.underlying = subst(u, make_subst(g.tparams, ig.targs)) if u is not None and \
                is_valid(u) else INVALID


def instance_methods(t: T.Named) -> dict[str, Any]:
    """The methods of a named type; an instance's are its origin's with the arguments substituted."""
    g = generic_of(t)
    if g is None or g.targs is None or g.origin is None:
        return t.methods
    cached = getattr(t, "inst_methods", None)
    if cached is not None and len(cached) == len(g.origin.methods):
        return cached
    smap = make_subst(g.tparams, g.targs)
    out: dict[str, Any] = {}
    for name, m in g.origin.methods.items():
        sig = getattr(m, "sig", None)
        out[name] = _InstMethod(name, subst_sig(sig, smap) if sig is not None else None,
                                bool(getattr(m, "ptr_recv", False)), m)
    t.inst_methods = out  # type: ignore[attr-defined]
    return out


class _InstMethod:
    """A method of an instance of a generic type."""

    __slots__ = ("name", "sig", "ptr_recv", "origin", "path")

    def __init__(self, name: str, sig: T.Signature | None, ptr_recv: bool, origin: Any) -> None:
        self.name, self.sig, self.ptr_recv, self.origin = name, sig, ptr_recv, origin
        self.path = getattr(origin, "path", "")


def mentions_tparams(t: T.Type, tparams: list[TypeParam], seen: set[int] | None = None) -> bool:
    """Whether ``t`` mentions any of ``tparams`` (types2's isParameterized)."""
    seen = seen if seen is not None else set()
    if id(t) in seen:
        return False
    seen.add(id(t))
    if isinstance(t, TypeParam):
        return any(t is tp for tp in tparams)
    if isinstance(t, T.Named):
        g = generic_of(t)
        return g is not None and g.targs is not None and any(
            mentions_tparams(a, tparams, seen) for a in g.targs)
    if isinstance(t, (T.Pointer, T.Slice, T.Array, T.Chan)):
        return mentions_tparams(t.elem, tparams, seen)
    if isinstance(t, T.Map):
        return mentions_tparams(t.key, tparams, seen) or mentions_tparams(t.elem, tparams, seen)
    if isinstance(t, T.Struct):
        return any(mentions_tparams(f.type, tparams, seen) for f in t.fields)
    if isinstance(t, T.Signature):
        return any(mentions_tparams(p.type, tparams, seen) for p in (*t.params, *t.results))
    if isinstance(t, T.Tuple):
        return any(mentions_tparams(x, tparams, seen) for x in t.types)
    return False


def core_term(tp: TypeParam) -> tuple[Term | None, bool]:
    """The core term of a type parameter's constraint, and whether it is its single term."""
    ts = type_set(tp.bound)
    if ts.terms is None or not ts.terms:
        return None, False
    if len(ts.terms) == 1:
        return ts.terms[0], True
    first = ts.terms[0].type.under
    if all(identical(x.type.under, first) for x in ts.terms):
        return Term(True, first), False
    return None, False


class Unifier:
    """Binds type parameters by matching types structurally (inexactly, as for assignment)."""

    def __init__(self, tparams: list[TypeParam], targs: list[T.Type | None]) -> None:
        self.tparams = tparams
        self.bound: dict[int, T.Type | None] = {id(tp): ta for tp, ta in zip(tparams, targs)}

    def at(self, tp: TypeParam) -> T.Type | None:
        return self.bound.get(id(tp))

    def set(self, tp: TypeParam, t: T.Type) -> None:
        self.bound[id(tp)] = t

    def unknowns(self) -> int:
        return sum(1 for v in self.bound.values() if v is None)

    def inferred(self) -> list[T.Type | None]:
        return [self.bound.get(id(tp)) for tp in self.tparams]

    def unify(self, x: T.Type, y: T.Type, inexact: bool = True) -> bool:
        if x is y:
            return True
        if isinstance(x, TypeParam) and id(x) in self.bound:
            return self._bind(x, y, inexact)
        if isinstance(y, TypeParam) and id(y) in self.bound:
            return self._bind(y, x, inexact)
        if inexact:
            if isinstance(x, T.Named) and not isinstance(y, T.Named):
                return self.unify(x.under, y, False)
            if isinstance(y, T.Named) and not isinstance(x, T.Named):
                return self.unify(x, y.under, False)
            # a type parameter of the enclosing function against a type literal: its core
            # type unifies (span(x) with x an S ~[]E and span's parameter a []T)
            for a, b in ((x, y), (y, x)):
                if isinstance(a, TypeParam) and not isinstance(b, (TypeParam, T.Named)):
                    core, _ = core_term(a)
                    if core is not None and not isinstance(core.type, TypeParam):
                        return self.unify(core.type.under, b, False) if a is x else \
                            self.unify(b, core.type.under, False)
        if isinstance(x, T.Named) and isinstance(y, T.Named):
            gx, gy = generic_of(x), generic_of(y)
            if gx is not None and gy is not None and gx.targs is not None and gy.targs is not None:
                return gx.origin is gy.origin and all(
                    self.unify(a, b, False) for a, b in zip(gx.targs, gy.targs))
            return identical(x, y)
        if type(x) is not type(y) and not (isinstance(x, T.Interface) and isinstance(y, T.Interface)):
            return False
        if isinstance(x, (T.Pointer, T.Slice)):
            return self.unify(x.elem, y.elem, False)  # type: ignore[attr-defined]
        if isinstance(x, T.Array):
            return x.length == y.length and self.unify(x.elem, y.elem, False)  # type: ignore[attr-defined]
        if isinstance(x, T.Map):
            return self.unify(x.key, y.key, False) and self.unify(x.elem, y.elem, False)  # type: ignore
        if isinstance(x, T.Chan):
            return (x.dir == y.dir or inexact) and self.unify(x.elem, y.elem, False)  # type: ignore
        if isinstance(x, T.Signature):
            sy: T.Signature = y  # type: ignore[assignment]
            return (x.variadic == sy.variadic and len(x.params) == len(sy.params)
                    and len(x.results) == len(sy.results)
                    and all(self.unify(a.type, b.type, False) for a, b in zip(x.params, sy.params))
                    and all(self.unify(a.type, b.type, False) for a, b in zip(x.results, sy.results)))
        if isinstance(x, T.Struct):
            fy = y.fields  # type: ignore[attr-defined]
            return len(x.fields) == len(fy) and all(
                a.name == b.name and a.embedded == b.embedded and self.unify(a.type, b.type, False)
                for a, b in zip(x.fields, fy))
        return identical(x, y)

    def _bind(self, tp: TypeParam, t: T.Type, inexact: bool) -> bool:
        cur = self.bound.get(id(tp))
        if cur is None:
            self.bound[id(tp)] = t
            return True
        if self.unify(cur, t, inexact):
            # an inexact match keeps the named type: prefer the defined one
            if isinstance(t, T.Named) and not isinstance(cur, T.Named):
                self.bound[id(tp)] = t
            return True
        return False
