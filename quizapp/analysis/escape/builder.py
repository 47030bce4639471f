"""A batch's location graph under construction: locations, holes, flows.

The walker (``walk``) evaluates every expression of a batch into a *hole*;
this class owns what those holes point at. It makes locations for
variables, allocations and temporaries, records each flow as an edge (or,
when the destination already escapes and an address flows in, decides the
escape at once, as gc does), and provides the pseudo-locations every batch
shares: the heap, the mutator, the callee and the blank sink.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol

from ..ir import nodes as ir
from ..ir.reassign import ReassignOracle
from .graph import ALL, CALLS, ESCAPES, MUTATES, PERSISTS, Edge, Hole, Location
from .observer import EscapeObserver


class WalkPoint(Protocol):
    """Where a walker stands: the function it is in and its loop depth."""

    fn: ir.Func
    loop_depth: int


class GraphBuilder:
    """The locations and edges of one batch, before solving."""

    def __init__(self, funcs: list[ir.Func], oracle: Callable[[ir.Func], ReassignOracle],
                 observer: EscapeObserver) -> None:
        self.funcs = funcs
        self.observer = observer
        self._oracle = oracle
        self.all_locs: list[Location] = []
        self.closures: list[tuple[Hole, ir.FuncLit]] = []
        self.heap = Location(None, None, 0, attrs=ALL, name="heap")
        self.mutator = Location(None, None, 0, attrs=MUTATES, name="mutator")
        self.callee = Location(None, None, 0, attrs=CALLS, name="callee")
        self.blank = Location(None, None, 0, name="blank")

    # ------------------------------------------------------------ holes
    def heap_hole(self) -> Hole:
        return Hole(self.heap)

    def mutator_hole(self) -> Hole:
        return Hole(self.mutator)

    def callee_hole(self) -> Hole:
        return Hole(self.callee)

    def blank_hole(self) -> Hole:
        return Hole(self.blank)

    def oracle(self, fn: ir.Func) -> ReassignOracle:
        return self._oracle(fn)

    def loc_of(self, v: ir.Var) -> Location:
        loc = v.loc
        assert loc is not None, f"{v.name} has no location"
        return loc

    def new_loc(self, w: WalkPoint | None, n: Any, persists: bool, fn: ir.Func | None = None) -> Location:
        loc = Location(n, fn if fn is not None else (w.fn if w else None),
                       w.loop_depth if w else 1)
        if isinstance(n, ir.Var):
            loc.is_param = n.cls is ir.VarClass.PARAM
            n.loc = loc
        if persists:
            loc.attrs |= PERSISTS
        self.all_locs.append(loc)
        return loc

    def flow(self, k: Hole, src: Location) -> None:
        if k.addrtaken:
            src.addrtaken = True
        dst = k.dst
        if dst is self.blank:
            return
        if dst is src and k.derefs >= 0:
            return
        if dst.has(ESCAPES) and k.derefs < 0:
            self.observer.immediate_escape(dst, src, k)
            src.attrs |= ALL
            return
        dst.edges.append(Edge(src, k.derefs, k.notes))

    def tee(self, w: WalkPoint, ks: list[Hole]) -> Hole:
        if not ks:
            return self.blank_hole()
        if len(ks) == 1:
            return ks[0]
        loc = self.new_loc(w, None, persists=False)
        for k in ks:
            assert k.derefs >= 0, "tee: negative derefs"
            self.flow(k, loc)
        return Hole(loc)

    def later(self, w: WalkPoint, k: Hole) -> Hole:
        loc = self.new_loc(w, None, persists=True)
        self.flow(k, loc)
        return Hole(loc)

    def in_mutual_batch(self, fn: ir.Func) -> bool:
        return 0 < fn.esc_state < 3
