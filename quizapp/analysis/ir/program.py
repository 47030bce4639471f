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
    universe: StdTypes | None = None
    """The standard-library objects the file used."""
    objects: list[Any] = field(default_factory=list)
    """Package-level types (``Named``), functions and globals in declaration order, then the
    types declared inside functions in the order they were lowered (the order gc reads them)."""

    wrappers: list[ir.Func] = field(default_factory=list)
    """Method wrappers gc generates and inlines into (only made when inlining is on)."""

    def all_funcs(self) -> list[ir.Func]:
        """The initialiser, the declared functions, the generic instances, the wrappers (gc's order)."""
        return ([self.init] if self.init is not None else []) + self.funcs + self.instances + \
            self.wrappers
