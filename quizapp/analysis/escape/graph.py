"""The location graph: where values can be, and how they flow.

A *location* is an abstract place that can hold a value: a variable, an
allocation, or a temporary. A *hole* is a context an expression is
evaluated into: "this value, dereferenced ``derefs`` times, is assigned to
``dst``". Evaluating a variable into a hole records an *edge* from the
variable to the hole's location, weighted by the deref count (``p = &q`` is
-1, ``p = q`` is 0, ``p = *q`` is 1). Every edge keeps the notes of *why*
it exists; they become the flow explanations a learner reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from .leaks import Leaks


class Attr(IntEnum):
    """What the solver learns about a location: bits, combined as plain ints (an IntFlag's
    own operators build enum members and cost a tenth of the whole analysis)."""

    ESCAPES = 1      # its address outlives its frame: heap allocated
    PERSISTS = 2     # its address outlives the statement
    MUTATES = 4      # memory reachable through it may be written
    CALLS = 8        # a function value reachable through it may be called
    ALL = 15


ESCAPES, PERSISTS, MUTATES, CALLS, ALL = (int(a) for a in (Attr.ESCAPES, Attr.PERSISTS, Attr.MUTATES,
                                                         Attr.CALLS, Attr.ALL))
"""The flags as plain ints, for the solver's inner loop (IntFlag arithmetic is slow in Python)."""


@dataclass(eq=False, slots=True)
class Note:
    """One reason for an edge: the node where it happened and why (``address-of``, ``call parameter``...)."""

    where: Any
    why: str
    next: Note | None = None


@dataclass(eq=False, slots=True)
class Edge:
    src: Location
    derefs: int
    notes: Note | None


@dataclass(eq=False, slots=True)
class Location:
    node: Any                        # ir.Var, an allocating ir.Expr, or None for a temporary
    fn: Any                          # the ir.Func it belongs to
    loop_depth: int
    attrs: int = 0                   # Attr bits
    edges: list[Edge] = field(default_factory=list)
    is_param: bool = False
    result_index: int = 0            # 1-based for result parameters
    leaks: Leaks = field(default_factory=Leaks)
    captured: bool = False
    reassigned: bool = False
    addrtaken: bool = False
    name: str = ""                   # pseudo-locations: heap, mutator, callee, blank
    # solver scratch
    walkgen: int = 0
    derefs: int = 0
    dst: Location | None = None
    dst_edge: int = 0
    queued_all: bool = False
    queued_one: int = 0
    alloc_kind: str = ""             # printing hints for allocations
    is_append: bool = False
    flow_steps: list[Any] = field(default_factory=list)   # why it escapes, for learners

    def has(self, a: int) -> bool:
        return bool(self.attrs & a)

    @property
    def is_heap(self) -> bool:
        """Is this the heap pseudo-location every batch flows escaping values into?"""
        return self.node is None and self.name == "heap"

    def __repr__(self) -> str:
        return f"Location({self.name or self.node!r})"


@dataclass(frozen=True, slots=True)
class Hole:
    dst: Location
    derefs: int = 0
    notes: Note | None = None
    addrtaken: bool = False

    def note(self, where: Any, why: str) -> Hole:
        return Hole(self.dst, self.derefs, Note(where, why, self.notes), self.addrtaken)

    def shift(self, delta: int) -> Hole:
        d = self.derefs + delta
        assert d >= -1, "derefs underflow"
        return Hole(self.dst, d, self.notes, delta < 0)

    def deref(self, where: Any, why: str) -> Hole:
        return self.shift(1).note(where, why)

    def addr(self, where: Any, why: str) -> Hole:
        return self.shift(-1).note(where, why)
