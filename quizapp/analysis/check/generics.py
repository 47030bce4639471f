"""Generic code: type parameters, instantiation, constraint satisfaction and inference.

A generic type or function carries its type parameters (``Generic``).
Instantiating substitutes type arguments for them throughout (``subst``);
an instance of a named type is made once per distinct argument list and
its methods are the origin's, substituted on demand. Every instantiation
is verified: each argument must satisfy its parameter's constraint
("string does not satisfy number (string missing in int | float64)").
Inference unifies parameter types with argument types, then uses the
constraints' core types, then the default types of untyped arguments, as
types2 does; what stays unknown is "cannot infer T".
"""

from __future__ import annotations

from typing import Any

from ..types import model as T
from .lookup import implements
from .operand import Mode, Operand
from .predicates import comparable_cause, default_type, identical, is_typed, max_type, type_set
from .relations import RelationChecker
from .subst import Unifier, core_term, make_subst, mentions_tparams, subst, subst_sig
from .typemodel import Generic, Term, TypeParam, generic_of, is_valid

class GenericChecker(RelationChecker):
    """Instantiation and inference with gc's messages."""

    def satisfies(self, targ: T.Type, bound: T.Type) -> tuple[bool, str]:
        """Whether a type argument satisfies a constraint, and gc's cause when not."""
        ok, cause = implements(targ, bound, self.qualifier, constraint=True)
        if not ok:
            return False, cause
        ts = type_set(bound)
        if ts.terms is not None:
            if isinstance(targ, TypeParam):
                inner = type_set(targ.bound).terms
                if inner is None or not all(_includes(ts.terms, x.type, x.tilde) for x in inner):
                    return False, f"{self.tstr(targ)} does not satisfy {self.tstr(bound)}"
            elif not _includes(ts.terms, targ, False):
                alt = next((x.type for x in ts.terms if not x.tilde and identical(x.type, x.type.under)
                            and identical(x.type, targ.under)), None)
                if alt is not None:
                    detail = f"possibly missing ~ for {self.tstr(alt)} in {self.tstr(bound)}"
                else:
                    terms = " | ".join(("~" if x.tilde else "") + self.tstr(x.type) for x in ts.terms)
                    detail = f"{self.tstr(targ)} missing in {terms}"
                return False, f"{self.tstr(targ)} does not satisfy {self.tstr(bound)} ({detail})"
        if ts.comparable:
            if comparable_cause(targ, False, self.tstr) is not None and \
                    comparable_cause(targ, True, self.tstr) is not None:
                return False, f"{self.tstr(targ)} does not satisfy comparable"
        return True, ""

    def verify(self, tparams: list[TypeParam], targs: list[T.Type]) -> tuple[int, str]:
        smap = make_subst(tparams, targs)
        for i, tp in enumerate(tparams):
            ok, cause = self.satisfies(targs[i], subst(tp.bound, smap))
            if not ok:
                return i, cause
        return -1, ""

    def infer(self, tparams: list[TypeParam], targs: list[T.Type | None], params: list[T.Type],
              args: list[Operand]) -> tuple[list[T.Type] | None, Any]:
        """The type arguments, or None and (position or operand, message) of the failure."""
        n = len(tparams)
        targs = list(targs) + [None] * (n - len(targs))
        if all(t is not None for t in targs):
            return targs, None  # type: ignore[return-value]
        if any(not a.valid() for a in args):
            return None, None
        smap = make_subst(tparams, targs)
        params = [subst(p, smap) for p in params]
        u = Unifier(tparams, targs)
        untyped: list[int] = []
        for i, arg in enumerate(args):
            par = params[i]
            if not mentions_tparams(par, tparams):
                continue
            if is_typed(arg.type):
                if not u.unify(par, arg.type):
                    return None, (arg, self._infer_mismatch(u, tparams, par, arg))
            elif isinstance(par, TypeParam) and not arg.is_nil():
                untyped.append(i)
        while True:
            before = u.unknowns()
            for tp in tparams:
                tx = u.at(tp)
                core, single = core_term(tp)
                if core is not None:
                    if tx is not None:
                        if isinstance(tx, TypeParam) and not any(tx is p for p in tparams):
                            # a type parameter of the enclosing function: its core type
                            # is what unifies (types2's inexact unification)
                            own, _ = core_term(tx)
                            if own is None:
                                continue
                            have = own.type
                        else:
                            have = tx
                        if not u.unify(have, core.type):
                            return None, (None, f"{tp.name} (type {self.tstr(tx)}) does not satisfy "
                                                f"{self.tstr(tp.bound)}")
                    elif single and not core.tilde:
                        u.set(tp, core.type)
            if u.unknowns() == before:
                break
        max_untyped: dict[int, tuple[TypeParam, T.Type]] = {}
        for i in untyped:
            tp = params[i]
            assert isinstance(tp, TypeParam)
            if u.at(tp) is None:
                cur = max_untyped.get(id(tp))
                if cur is None:
                    max_untyped[id(tp)] = (tp, args[i].type)
                else:
                    m = max_type(cur[1], args[i].type)
                    if m is None:
                        return None, (args[i], f"mismatched types {self.tstr(cur[1])} and "
                                               f"{self.tstr(args[i].type)} (cannot infer {tp.name})")
                    max_untyped[id(tp)] = (tp, m)
        for tp, t in max_untyped.values():
            u.set(tp, default_type(t))
        inferred = u.inferred()
        for _ in range(n):
            smap = make_subst(tparams, inferred)
            changed = False
            for i, t in enumerate(inferred):
                if t is not None:
                    t2 = subst(t, smap)
                    if t2 is not t:
                        inferred[i], changed = t2, True
            if not changed:
                break
        for i, t in enumerate(inferred):
            if t is None or mentions_tparams(t, tparams):
                tp = tparams[i]
                pos = getattr(tp, "pos", None)
                return None, (None, f"cannot infer {tp.name} (declared at {self.fpos(pos)})"
                              if pos is not None else f"cannot infer {tp.name}")
        return inferred, None  # type: ignore[return-value]

    def _infer_mismatch(self, u: Unifier, tparams: list[TypeParam], par: T.Type, arg: Operand) -> str:
        inferred = u.inferred()
        if all(t is None for t in inferred):
            names = ", ".join(tp.name for tp in tparams)
            return f"type {self.tstr(arg.type)} of {arg.expr()} does not match {self.tstr(par)} " \
                   f"(cannot infer {names})"
        got = subst(par, make_subst(tparams, inferred))
        if got is not par:
            return f"type {self.tstr(arg.type)} of {arg.expr()} does not match inferred type " \
                   f"{self.tstr(got)} for {self.tstr(par)}"
        return f"type {self.tstr(arg.type)} of {arg.expr()} does not match {self.tstr(par)}"

    def instantiate_sig(self, sig: T.Signature, targs: list[T.Type]) -> T.Signature:
        g = generic_of(sig)
        assert g is not None
        inst = subst_sig(sig, make_subst(g.tparams, targs))
        inst.generic = Generic(g.tparams, sig, list(targs))  # type: ignore[attr-defined]
        return inst

    def value_operand(self, t: T.Type, node: Any) -> Operand:
        return Operand(Mode.VALUE, t, None, node)


def _includes(terms: list[Term], t: T.Type, tilde: bool) -> bool:
    for x in terms:
        if x.tilde:
            if identical(x.type.under if is_valid(x.type) else x.type, t.under):
                return True
        elif not tilde and identical(x.type, t):
            return True
    return False
