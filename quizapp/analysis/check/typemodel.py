"""What the type checker adds to the type model: invalid types, type parameters, type sets.

The shared model (``types.model``) describes the types of valid programs.
Checking needs a little more: an *invalid* type that silences follow-on
errors (types2's ``Typ[Invalid]``), type parameters with their
constraints, interfaces that are constraints (a type set of terms such as
``~int | string``, or ``comparable``), and the generic declarations and
instances of named types and functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import model as T


class InvalidType(T.Basic):
    """The type of an expression whose checking failed; errors about it are never reported."""


INVALID = InvalidType("invalid type", T.BasicInfo.NIL, 8, 8)


class Info:
    """``T.BasicInfo``'s members as plain class attributes, for the checker's frequent tests
    (a member read through an enum class is slow on Python 3.11: see ``operand.Mode``)."""

    BOOL, INT, UINT, FLOAT, COMPLEX, STRING, UNSAFE_POINTER, NIL = T.BasicInfo


def is_valid(t: T.Type | None) -> bool:
    """Not the invalid type, nor a named type whose declaration failed (one being read is valid)."""
    if t is None or t is INVALID:
        return False
    return t.__class__ is not T.Named or t.underlying is not INVALID or getattr(t, "pending", False)


@dataclass(frozen=True)
class Term:
    """One term of a union: ``~int`` or ``string``."""

    tilde: bool
    type: T.Type


@dataclass(eq=False, repr=False)
class Iface(T.Interface):
    """An interface the checker built: its methods, and for constraints its terms.

    ``terms`` is None when the interface has no type terms (all types);
    ``comparable`` when it embeds ``comparable``; ``implicit`` for the
    interface around a bare constraint such as ``[T int | string]``.
    """

    terms: list[Term] | None = None
    comparable: bool = False
    implicit: bool = False


@dataclass(eq=False, repr=False)
class TypeParam(T.Type):
    """A type parameter of a generic function or type; ``bound`` is its constraint interface."""

    name: str
    index: int
    bound: T.Type = field(default_factory=lambda: T.ANY_TYPE)
    kind: T.Kind = T.Kind.NAMED

    @property
    def under(self) -> T.Type:
        return self.bound.under if is_valid(self.bound) else INVALID

    def size(self) -> int:
        return 8

    def align(self) -> int:
        return 8

    def has_pointers(self) -> bool:
        return True


@dataclass(eq=False)
class Generic:
    """The generic side of a named type or function: its type parameters and, for an
    instance, the origin and the type arguments."""

    tparams: list[TypeParam]
    origin: Any = None
    targs: list[T.Type] | None = None


def generic_of(t: Any) -> Generic | None:
    return getattr(t, "generic", None)


def is_generic(t: Any) -> bool:
    """A generic type or function not yet instantiated."""
    g = generic_of(t)
    return g is not None and g.tparams and g.targs is None  # type: ignore[return-value]


def pkg_path(named: T.Named) -> str:
    """The import path of a named type's package ("" for the checked package and the universe)."""
    return getattr(named, "path", "")
