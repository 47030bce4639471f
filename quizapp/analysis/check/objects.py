"""The objects names stand for while checking, and the scopes that hold them.

Every declared name is an object: a variable (with whether it has been
used, for "declared and not used"), a constant with its exact value, a type
name, a function, an imported package (used or not), a built-in, or
``nil``. Package-level objects are checked on first use, in any order
(``state`` is white, grey while its declaration is being checked, so that
a cycle is seen, then black), as types2 does.
"""

from __future__ import annotations

from enum import Enum, IntEnum
from typing import Any

from tree_sitter import Node

from ..errors import Pos
from ..syntax.nodes import pos_of
from ..syntax.parser import NEW_EXPR_SPELLING
from ..types import model as T
from .typemodel import Iface


class VariableKind(Enum):
    """Where a variable was declared; only locals must be used."""

    LOCAL = "local"
    PARAM = "param"
    RESULT = "result"
    RECV = "recv"
    PACKAGE = "package"
    FIELD = "field"


class VarKind:
    """``VariableKind``'s members as plain class attributes (see ``operand.Mode``)."""

    LOCAL, PARAM, RESULT, RECV, PACKAGE, FIELD = VariableKind


class DeclState(IntEnum):
    """How far a package-level declaration has been checked."""

    WHITE = 0
    GREY = 1
    BLACK = 2


class State:
    """``DeclState``'s members as plain class attributes (see ``operand.Mode``)."""

    WHITE, GREY, BLACK = DeclState


class Obj:
    """A named entity; ``pos`` is where its name is declared (NOPOS for universe objects).

    It may be given as the name's syntax node: most positions are never printed, so
    the position is worked out the first time it is asked for."""

    __slots__ = ("name", "_pos", "state", "decl")

    def __init__(self, name: str, pos: Pos | Node | None = None) -> None:
        self.name = name
        self._pos = pos
        self.state = State.BLACK
        self.decl: Any = None   # the package-level declaration to check on first use

    @property
    def pos(self) -> Pos | None:
        p = self._pos
        if p is not None and p.__class__ is not Pos:
            p = self._pos = pos_of(p)
        return p

    @pos.setter
    def pos(self, pos: Pos | None) -> None:
        self._pos = pos

    @property
    def type(self) -> T.Type:  # overridden where an object has a type
        raise NotImplementedError


class Var(Obj):
    __slots__ = ("type_", "used", "kind", "fn")

    def __init__(self, name: str, pos: Pos | Node | None, typ: T.Type | None, kind: VariableKind,
                 fn: Any = None) -> None:
        super().__init__(name, pos)
        self.type_ = typ
        self.used = False
        self.kind = kind
        self.fn = fn            # the function body that declared it (for usage reports)

    @property
    def type(self) -> T.Type:
        return self.type_  # type: ignore[return-value]


class Const(Obj):
    __slots__ = ("type_", "val", "iota")

    def __init__(self, name: str, pos: Pos | Node | None, typ: T.Type | None, val: Any) -> None:
        super().__init__(name, pos)
        self.type_ = typ
        self.val = val
        self.iota: int | None = None

    @property
    def type(self) -> T.Type:
        return self.type_  # type: ignore[return-value]


class TypeName(Obj):
    __slots__ = ("type_", "alias")

    def __init__(self, name: str, pos: Pos | Node | None, typ: T.Type | None, alias: bool = False) -> None:
        super().__init__(name, pos)
        self.type_ = typ
        self.alias = alias

    @property
    def type(self) -> T.Type:
        return self.type_  # type: ignore[return-value]


class Func(Obj):
    """A function or method; ``sig`` carries the receiver of a method."""

    __slots__ = ("sig", "node", "ptr_recv", "recv_base", "path", "params", "fscope")

    def __init__(self, name: str, pos: Pos | Node | None, sig: T.Signature | None, node: Node | None = None,
                 path: str = "") -> None:
        super().__init__(name, pos)
        self.sig = sig
        self.node = node
        self.ptr_recv = False
        self.recv_base: str | None = None
        self.path = path          # the package of a standard-library method
        self.params: list[Var] = []   # receiver, parameters and results, once the signature is read
        self.fscope: Scope | None = None

    @property
    def type(self) -> T.Type:
        return self.sig  # type: ignore[return-value]


class PkgName(Obj):
    __slots__ = ("path", "used", "pkg", "spec")

    def __init__(self, name: str, pos: Pos | Node | None, path: str, pkg: Any, spec: Node | None) -> None:
        super().__init__(name, pos)
        self.path = path
        self.used = False
        self.pkg = pkg           # the imported package's members (None: unknown package)
        self.spec = spec


class Builtin(Obj):
    __slots__ = ()


class Nil(Obj):
    __slots__ = ()

    @property
    def type(self) -> T.Type:
        return T.UNTYPED_NIL


class Label(Obj):
    __slots__ = ()


BUILTINS = ("append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
            "make", "max", "min", "new", "panic", "print", "println", "real", "recover")


class Scope:
    """One block of declarations; ``is_func`` marks a function's outermost scope."""

    __slots__ = ("parent", "names", "is_func")

    def __init__(self, parent: Scope | None, is_func: bool = False) -> None:
        self.parent = parent
        self.names: dict[str, Obj] = {}
        self.is_func = is_func

    def lookup(self, name: str) -> Obj | None:
        s: Scope | None = self
        while s is not None:
            obj = s.names.get(name)
            if obj is not None:
                return obj
            s = s.parent
        return None

    def lookup_parent(self, name: str) -> tuple[Scope | None, Obj | None]:
        s: Scope | None = self
        while s is not None:
            obj = s.names.get(name)
            if obj is not None:
                return s, obj
            s = s.parent
        return None, None


def make_universe() -> Scope:
    """The predeclared names: basic types, error, any, comparable, true/false/iota/nil, built-ins."""
    s = Scope(None)
    for name, t in T.PREDECLARED_TYPES.items():
        s.names[name] = TypeName(name, None, t)
    s.names["error"] = TypeName("error", None, T.ERROR_TYPE)
    s.names["any"] = TypeName("any", None, T.ANY_TYPE, alias=True)
    comparable = T.Named("comparable")
    comparable.underlying = Iface([], comparable=True)
    s.names["comparable"] = TypeName("comparable", None, comparable)
    s.names["true"] = Const("true", None, T.UNTYPED_BOOL, True)
    s.names["false"] = Const("false", None, T.UNTYPED_BOOL, False)
    s.names["iota"] = Const("iota", None, T.UNTYPED_INT, 0)
    s.names["nil"] = Nil("nil")
    for b in BUILTINS:
        s.names[b] = Builtin(b)
    s.names[NEW_EXPR_SPELLING] = Builtin("new")
    return s


UNIVERSE = make_universe()
