"""Name resolution: Go's nested scopes and the objects names stand for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..errors import Pos
from . import model as T


@dataclass(eq=False)
class TypeObj:
    """A type name: a defined type or an alias; ``spelling`` is how it prints."""

    type: T.Type
    spelling: str


@dataclass(eq=False)
class ConstObj:
    value: Any
    type: T.Type
    spelling: str = ""               # alias spelling of its declared type (byte)
    predeclared: bool = False        # true, false, nil of the universe


@dataclass(eq=False)
class BuiltinObj:
    name: str


@dataclass(eq=False)
class PkgObj:
    path: str
    pos: Pos
    from_std: bool = False           # imported by standard-library source (internal packages allowed)


@dataclass(eq=False)
class UnsupportedObj:
    """A name whose declaration the analyzer cannot model (a generic function or type)."""

    what: str


BUILTINS = ("append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
            "make", "max", "min", "new", "panic", "print", "println", "real", "recover")


def universe() -> Scope:
    """The predeclared names, in a scope of the caller's own (the objects are shared: nothing
    changes them once made)."""
    s = Scope(None)
    s.names = dict(_UNIVERSE.names)
    return s


def _make_universe() -> Scope:
    s = Scope(None)
    for name, t in T.PREDECLARED_TYPES.items():
        s.names[name] = TypeObj(t, name)
    s.names["error"] = TypeObj(T.ERROR_TYPE, "error")
    s.names["any"] = TypeObj(T.ANY_TYPE, "any")
    s.names["true"] = ConstObj(True, T.UNTYPED_BOOL, predeclared=True)
    s.names["false"] = ConstObj(False, T.UNTYPED_BOOL, predeclared=True)
    s.names["nil"] = ConstObj(None, T.UNTYPED_NIL, predeclared=True)
    for b in BUILTINS:
        s.names[b] = BuiltinObj(b)
    s.names["neW"] = BuiltinObj("new")   # see syntax.parser.NEW_EXPR_SPELLING
    return s


class Scope:
    """One lexical block: names declared in it, and the enclosing block."""

    __slots__ = ("parent", "names", "func_boundary", "fallback")

    def __init__(self, parent: Scope | None, func_boundary: Any = None) -> None:
        self.parent = parent
        self.names: dict[str, Any] = {}
        self.func_boundary = func_boundary   # the Func whose body starts here
        self.fallback: Callable[[str], Any] | None = None
        """Names this block has without declaring them (dot imports, another package's members)."""

    def lookup(self, name: str) -> tuple[Any, list[Any]]:
        """The object and the function literals crossed to reach it (innermost first)."""
        s: Scope | None = self
        crossed: list[Any] = []
        while s is not None:
            if name in s.names:
                return s.names[name], crossed
            if s.fallback is not None:
                obj = s.fallback(name)
                if obj is not None:
                    s.names[name] = obj
                    return obj, crossed
            if s.func_boundary is not None:
                crossed.append(s.func_boundary)
            s = s.parent
        return None, crossed

    def declare(self, name: str, obj: Any) -> None:
        if name != "_":
            self.names[name] = obj


_UNIVERSE = _make_universe()
