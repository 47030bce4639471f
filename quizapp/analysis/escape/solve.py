"""Solving the graph: which addresses outlive what they point to.

For every root location the solver finds, for every location that can
reach it, the minimum number of dereferences along any assignment path
(a shortest-path walk over incoming edges). A location whose *address*
(derefs below zero) reaches a root that outlives it must be heap
allocated; a parameter that reaches the heap or a result gets a leak in its
summary. Attributes only grow, so each location is re-walked only when it
gains one.
"""

from __future__ import annotations

from collections import deque

from ..ir import nodes as ir
from . import leaks as L
from .builder import GraphBuilder
from .graph import Attr, Location


class Solver(GraphBuilder):
    """A graph builder that can also solve its graph."""

    def walk_all(self) -> None:
        todo: deque[Location] = deque()
        for loc in self.all_locs:
            todo.appendleft(loc)
            loc.queued_all = True
        for loc in (self.mutator, self.callee, self.heap):
            todo.appendleft(loc)
            loc.queued_all = True

        def enqueue(loc: Location) -> None:
            if not loc.queued_all:
                loc.queued_all = True
                if loc.has(Attr.ESCAPES):
                    todo.appendleft(loc)
                else:
                    todo.append(loc)

        walkgen = 0
        while todo:
            root = todo.popleft()
            root.queued_all = False
            walkgen += 1
            self.walk_one(root, walkgen, enqueue)

    def walk_one(self, root: Location, walkgen: int, enqueue) -> None:  # noqa: ANN001
        root.walkgen = walkgen
        root.derefs = 0
        root.dst = None
        if root.has(Attr.CALLS):
            node = root.node
            if isinstance(node, ir.FuncLit):
                fn = node.func
                if self.in_mutual_batch(fn) and not fn.results_lost:
                    fn.results_lost = True
                    for r in fn.results:
                        enqueue(self.loc_of(r))
        todo: deque[Location] = deque([root])
        while todo:
            loc = todo.popleft()
            loc.queued_one = 0
            derefs = loc.derefs
            new = 0
            if derefs < 0:
                derefs = 0
                if self.outlives(root, loc):
                    if not loc.has(Attr.ESCAPES):
                        self.observer.escape(root, loc)
                    new |= Attr.ALL
                elif root.has(Attr.PERSISTS):
                    new |= Attr.PERSISTS
            if derefs == 0:
                new |= root.attrs & (Attr.MUTATES | Attr.CALLS)
            if loc.is_param:
                if self.outlives(root, loc):
                    if not loc.has(Attr.ESCAPES):
                        self.observer.leak(root, loc, derefs)
                    self.leak_to(loc, root, derefs)
                if root.has(Attr.MUTATES):
                    loc.leaks.add(L.MUTATOR, derefs)
                if root.has(Attr.CALLS):
                    loc.leaks.add(L.CALLEE, derefs)
            if new & ~loc.attrs:
                loc.attrs |= new
                enqueue(loc)
                if loc.has(Attr.ESCAPES):
                    continue
            for i, edge in enumerate(loc.edges):
                src = edge.src
                if src.has(Attr.ESCAPES):
                    continue
                d = derefs + edge.derefs
                if src.walkgen != walkgen or src.derefs > d:
                    src.walkgen = walkgen
                    src.derefs = d
                    src.dst = loc
                    src.dst_edge = i
                    if src.queued_one != walkgen:
                        src.queued_one = walkgen
                        todo.append(src)

    def leak_to(self, param: Location, sink: Location, derefs: int) -> None:
        if not sink.has(Attr.ESCAPES) and sink.result_index and sink.fn is param.fn:
            ri = sink.result_index - 1
            if ri < L.NUM_RESULTS:
                param.leaks.add(L.RESULT0 + ri, derefs)
                return
        param.leaks.add(L.HEAP, derefs)

    def outlives(self, l: Location, other: Location) -> bool:
        """May a value stored in ``l`` live longer than ``other`` would on the stack?"""
        if l.has(Attr.ESCAPES):
            return True
        if l is self.mutator or l is self.callee:
            return False
        if l.result_index:
            if other.fn is not None and other.fn.contains(l.fn) and not l.fn.results_lost:
                return False
            return True
        if l.fn is other.fn and l.loop_depth < other.loop_depth:
            return True
        if l.fn is not None and l.fn.contains(other.fn):
            return True
        return False
