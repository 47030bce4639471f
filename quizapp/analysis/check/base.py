"""The checker's state and the helpers every part of it uses.

One ``Checker`` checks one file. Its parts are layered classes, each in
its own module (type expressions, expressions, calls, built-ins,
literals, assignments, statements, declarations), every one building on
the one before; a method a lower layer needs from a higher one is declared
here and defined there. This module holds what they share: the scopes,
the current function, the error list, and how types and operands are
written in messages (with gc's package qualifier).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from ..errors import FILE, Pos
from ..syntax.nodes import start_pos
from ..types import model as T
from ..types.stdpaths import shared_name_deps
from ..types.stdpaths import std_package_name as package_name
from .errorlist import ErrorList
from .objects import UNIVERSE, PkgName, Scope, Var
from .operand import Operand, describe
from .stdpkgs import shared_std_types
from .typestr import type_string


@dataclass
class FuncContext:
    """The function whose body is being checked: its signature and the locals it declares."""

    sig: T.Signature | None
    locals: list[Var] = field(default_factory=list)


class CheckerBase:
    """State and shared helpers; the layers above add the checking itself."""

    def __init__(self, root: Node, package: str) -> None:
        self.root = root
        self.package = package
        self.errors = ErrorList()
        self.pkg_scope = Scope(UNIVERSE)
        self.scope = self.pkg_scope
        self.fn: FuncContext | None = None
        self.std = shared_std_types()
        self.imports: list[PkgName] = []
        self.iota: int | None = None
        self._shared: dict[str, set[str]] | None = None
        self.has_call_or_recv = False

    # ------------------------------------------------------------ errors
    def error(self, at: Node | Pos | Operand, message: str, notes: tuple[str, ...] = ()) -> None:
        self.errors.report(self.pos(at), message, notes)

    def pos(self, at: Node | Pos | Operand) -> Pos:
        if isinstance(at, Pos):
            return at
        if isinstance(at, Operand):
            return at.pos()
        return start_pos(at)

    @staticmethod
    def fpos(p: Pos) -> str:
        """A position inside a message, as gc writes it: ``./main.go:8:7``."""
        return f"{FILE}:{p}"

    # ------------------------------------------------------------ writing types
    def qualifier(self, path: str) -> str:
        if not path:
            return ""
        if self._shared is None:
            self._shared = {}
            for imp in self.imports:
                for p in shared_name_deps(imp.path):
                    self._shared.setdefault(package_name(p) or p, set()).add(p)
        name = package_name(path) or path.rsplit("/", 1)[-1]
        if len(self._shared.get(name, ())) > 1:
            return '"' + path + '"'
        return name

    def tstr(self, t: T.Type) -> str:
        return type_string(t, self.qualifier)

    def ostr(self, x: Operand) -> str:
        return describe(x, self.qualifier)

    # ------------------------------------------------------------ scopes
    def open_scope(self, is_func: bool = False) -> Scope:
        self.scope = Scope(self.scope, is_func)
        return self.scope

    def close_scope(self) -> None:
        assert self.scope.parent is not None
        self.scope = self.scope.parent

    def lookup(self, name: str) -> Any:
        return self.scope.lookup(name)

    # ------------------------------------------------------------ defined by later layers
    def typ(self, node: Node) -> T.Type:
        raise NotImplementedError

    def var_type(self, node: Node) -> T.Type:
        raise NotImplementedError

    def expr(self, node: Node, target: Any = None) -> Operand:
        raise NotImplementedError

    def raw_expr(self, node: Node, hint: T.Type | None = None, allow_generic: bool = False) -> Operand:
        raise NotImplementedError

    def expr_or_type(self, node: Node, allow_generic: bool = False) -> Operand:
        raise NotImplementedError

    def assignment(self, x: Operand, t: T.Type | None, context: str) -> None:
        raise NotImplementedError

    def use(self, *nodes: Node | None) -> bool:
        raise NotImplementedError

    def call_expr(self, x: Operand, node: Node) -> str:
        raise NotImplementedError

    def selector(self, x: Operand, node: Node, want_type: bool = False) -> None:
        raise NotImplementedError

    def builtin(self, x: Operand, call: Node, args: list[Node], name: str, dots: bool) -> bool:
        raise NotImplementedError

    def composite_lit(self, x: Operand, node: Node, hint: T.Type | None) -> None:
        raise NotImplementedError

    def func_lit(self, x: Operand, node: Node) -> None:
        raise NotImplementedError

    def func_body(self, sig: T.Signature, body: Node, params: list[Var]) -> None:
        raise NotImplementedError

    def decl_stmt(self, node: Node) -> None:
        raise NotImplementedError

    def obj_decl(self, obj: Any) -> None:
        raise NotImplementedError

    def instantiate_type(self, node: Node, base: T.Type, targs: list[T.Type],
                         arg_nodes: list[Node]) -> T.Type:
        raise NotImplementedError
