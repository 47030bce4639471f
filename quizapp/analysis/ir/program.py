"""A lowered file: what the front end hands to the passes after it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import Unsupported
from ..types.stdlib import StdTypes
from . import nodes as ir


@dataclass
class Program:
    """The lowered file: functions in declaration order, the package initialiser first."""

    funcs: list[ir.Func] = field(default_factory=list)
    init: ir.Func | None = None
    unsupported: list[Unsupported] = field(default_factory=list)
    package: str = "main"
    instances: list[ir.Func] = field(default_factory=list)
    """Instances of generic functions and methods, made while lowering."""
    made: list[ir.Func] = field(default_factory=list)
    """Every instance, in the order it was made (the order gc compiles them)."""
    universe: StdTypes | None = None
    imports: list[str] = field(default_factory=list)
    """The paths the file imports (blank and dot imports too): gc reads their export data."""
    """The standard-library objects the file used."""
    objects: list[Any] = field(default_factory=list)
    """Package-level types (``Named``), functions and globals in declaration order, then the
    types declared inside functions in the order they were lowered (the order gc reads them)."""

    wrappers: list[ir.Func] = field(default_factory=list)
    """Method wrappers gc generates and inlines into (only made when inlining is on)."""

    syntax: Any = None
    """The file's syntax tree (its root node), for tools that need the source's block
    structure (the interpreter shows only the variables in scope)."""

    def all_funcs(self) -> list[ir.Func]:
        """The initialiser, the declared functions, the generic instances, the wrappers (gc's order)."""
        return ([self.init] if self.init is not None else []) + self.funcs + self.instances + \
            self.wrappers

    def compile_order(self) -> list[ir.Func]:
        """The functions gc compiles, in its order: the initialiser, the declared
        functions (not generic ones, not ``_``), then the instances as they were made."""
        own = [f for f in self.funcs if f.name != "_" and f.body is not None]
        return ([self.init] if self.init is not None else []) + own + self.made
