"""What escape analysis reports while it decides, as an interface.

gc prints its escape lines at the moment it decides them: a parameter's
summary when its batch finishes, a ``-m=2`` flow when an address first
reaches something that outlives it. The batches call these hooks at those
moments; ``report.diagnostics`` implements them (gc's wording, ``Site``
records), so this package never needs to know how a verdict is worded.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..errors import Pos
from ..ir import nodes as ir
from .graph import Hole, Location
from .leaks import Leaks


class EscapeObserver(Protocol):
    """Receives every decision in gc's order."""

    level: int
    """1 for the verdicts (``-m``), 2 with the flow explanations (``-m=2``)."""

    def front_line(self, pos: Pos, text: str) -> None:
        """A line of a pass before escape analysis (devirtualization)."""

    def generated_line(self, level: int, line: str) -> None:
        """A whole line gc prints for code it generates in a ``$GOROOT`` file."""

    def self_assignment(self, fn: ir.Func, where: Any) -> None:
        """An assignment like ``b.buf = b.buf[1:]`` was ignored."""

    def param_summary(self, fn: ir.Func, p: ir.Var, leaks: Leaks) -> None:
        """A parameter's final leak summary (only for parameters gc reports)."""

    def line(self, pos: Pos, text: str) -> None:
        """Any other line about a parameter: a bodyless function's (``assuming p is
        unsafe uintptr``, ``leaking param: p``) or a //go:uintptrescapes one's."""

    def location(self, loc: Location) -> None:
        """A variable or allocation whose verdict is final."""

    def capture(self, cv: ir.Var, loc: Location, byval: bool) -> None:
        """A closure captures ``cv`` by value or by reference."""

    def immediate_escape(self, dst: Location, src: Location, k: Hole) -> None:
        """``src`` flows into an already escaping ``dst`` by address: it escapes at once."""

    def escape(self, root: Location, loc: Location) -> None:
        """The solver found ``loc``'s address reaching ``root``, which outlives it."""

    def leak(self, root: Location, loc: Location, derefs: int) -> None:
        """The solver found parameter ``loc`` reaching ``root`` with ``derefs`` dereferences."""
