"""Sites: what a learner is asked about, with the compiler's answer.

A site is a variable, an allocation or a pointer parameter whose place the
compiler decides. Each carries gc's name for it, its position as gc counts
it, the verdict, the principles that explain the verdict and the flow that
decided it (what ``-m=2`` prints, step by step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..errors import Pos
from ..escape.graph import Location
from ..ir import nodes as ir


class SiteKind(Enum):
    """What a site is: a variable, an allocation, or a parameter (whose answer is a leak summary)."""

    VARIABLE = "variable"
    ALLOCATION = "allocation"
    PARAMETER = "parameter"


class Verdict(Enum):
    """Where the compiler puts a variable or allocation."""

    STACK = "stack"
    HEAP = "heap"


@dataclass
class FlowStep:
    """One edge of the path that decided a verdict, as ``-m=2`` explains it."""

    dst: str
    src: str
    derefs: int
    notes: list[tuple[str, str, Pos]] = field(default_factory=list)   # (where, why, pos)
    dst_loc: Any = field(default=None, repr=False, compare=False)
    src_loc: Any = field(default=None, repr=False, compare=False)
    where_nodes: list[Any] = field(default_factory=list, repr=False, compare=False)


@dataclass
class Site:
    """Something whose place the compiler decides, with the compiler's answer."""

    name: str
    kind: SiteKind
    pos: Pos
    function: str
    verdict: Verdict | str           # a leak summary text for parameters
    reasons: list[str] = field(default_factory=list)
    flow: list[FlowStep] = field(default_factory=list)
    why: str = ""                    # size-limit reasons (too large for stack...)
    alloc: str = ""                  # allocations: new, ptrlit, make, slicelit, maplit, funclit,
    #                                  box, ddd, concat, conv, append, methodvalue
    addrtaken: bool = False          # variables: its address is taken somewhere
    captured: bool = False           # variables: a closure captures it
    inlined_from: tuple[str, Pos] | None = None
    """With inlining on, a site in a copy of an inlined body is at the call (where gc
    prints it); this names the callee and the site's own position in it. A site in a copy
    of a function literal (made by inlining the function that holds it) keeps its own
    position; this names the literal as written and that position."""
    inlined_call: tuple[str, Pos] | None = None
    """For such a copy: the inlined call that made it, as the function called there and the
    call's position (for nested inlining, the outermost call: ``a`` at 13:9 inlines ``b``)."""
    zero_copy: bool = False          # a string->[]byte conversion gc makes without copying
    node: Any = field(default=None, repr=False, compare=False)
    """The IR variable or allocating expression decided about (what a run of the program places)."""

    @property
    def key(self) -> str:
        """A stable handle for a site within one program: ``name@line:col``."""
        return f"{self.name}@{self.pos}"


def alloc_kind(loc: Location) -> str:
    """What kind of allocation a location stands for (questions ask about some kinds by default)."""
    n = loc.node
    if loc.is_append:
        return "append"
    if isinstance(n, ir.Builtin):
        return n.name if n.name in ("new", "make") else n.name
    if isinstance(n, ir.PtrLit):
        return "ptrlit"
    if isinstance(n, ir.CompLit):
        return "ddd" if n.ddd_arg else ("maplit" if n.kind == "map" else "slicelit")
    if isinstance(n, ir.FuncLit):
        return "funclit"
    if isinstance(n, ir.MethodValue):
        return "methodvalue"
    if isinstance(n, ir.AddStr):
        return "concat"
    if isinstance(n, ir.Conv):
        return "box" if n.op is ir.ConvOp.IFACE else "conv"
    if isinstance(n, ir.Addr):
        return "new"
    return "other"
