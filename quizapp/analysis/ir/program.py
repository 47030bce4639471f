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
    instantiations: list[tuple[str, ir.Func]] = field(default_factory=list)
    """Every instantiation with real type arguments (gc's ``Map[int,string]``) and the shape
    instance it calls, in the order first used."""
    type_instances: list[Any] = field(default_factory=list)
    """Instances of the file's generic types (``Named``), real and shaped, in the order made."""
    inst_events: list[Any] = field(default_factory=list)
    """The instantiations met while lowering each body (``noder.generics.InstEvent``)."""
    generated_uses: list[Any] = field(default_factory=list)
    """The uses of items whose types make gc generate code in the package, with the body
    each was met in (``noder.instorder.GeneratedUse``)."""
    dict_wrappers: list[ir.Func] = field(default_factory=list)
    """With inlining on: each instantiation's function, which calls its shape instance with
    the instantiation's dictionary."""
    order: list[ir.Func] | None = None
    """With inlining on: the package's functions in gc's order (its ``Target.Funcs``: the
    declared functions, then, body by body as gc reads them, literals and instantiations)."""
    made: list[ir.Func] = field(default_factory=list)
    """Every instance, in the order it was made (the order gc compiles them)."""
    universe: StdTypes | None = None
    imports: list[str] = field(default_factory=list)
    """The paths the file imports (blank and dot imports too): gc reads their export data."""
    """The standard-library objects the file used."""
    objects: list[Any] = field(default_factory=list)
    """Package-level types (``Named``), functions and globals in declaration order, then the
    types declared inside functions in the order they were lowered (the order gc reads them)."""

    global_inits: list[ir.Expr] = field(default_factory=list)
    """Every package-level variable's initial value, in source order (static ones too:
    until gc's static initialisation takes them out, they are the initialiser's code)."""
    clones: list[ir.Func] = field(default_factory=list)
    """Copies of function literals made by inlining the bodies that hold them (gc appends
    them to the package's functions as it makes them)."""
    wrappers: list[ir.Func] = field(default_factory=list)
    """Method wrappers gc generates and inlines into (only made when inlining is on)."""

    syntax: Any = None
    """The file's syntax tree (its root node), for tools that need the source's block
    structure (the interpreter shows only the variables in scope)."""

    def all_funcs(self) -> list[ir.Func]:
        """The initialiser, the declared functions, the generic instances (gc's order); with
        inlining on, ``order``, the literals copied by inlining and the method wrappers."""
        if self.order is not None:
            return self.order + self.clones + self.wrappers
        return ([self.init] if self.init is not None else []) + self.funcs + self.instances + \
            self.wrappers

    def compile_order(self) -> list[ir.Func]:
        """The functions gc compiles, in its order: the initialiser, the declared
        functions (not generic ones, not ``_``), then the instances as they were made."""
        own = [f for f in self.funcs if f.name != "_" and f.body is not None]
        return ([self.init] if self.init is not None else []) + own + self.made
