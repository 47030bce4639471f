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
from .graph import ALL, CALLS, ESCAPES, MUTATES, PERSISTS, Location


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
                if loc.has(ESCAPES):
                    todo.appendleft(loc)
                else:
                    todo.append(loc)

        inert = self.inert_roots()
        walkgen = 0
        while todo:
            root = todo.popleft()
            root.queued_all = False
            if inert(root):
                continue
            walkgen += 1
            self.walk_one(root, walkgen, enqueue)

    def inert_roots(self):  # noqa: ANN201 - Callable[[Location], bool]
        """Which roots a walk could teach nothing: gc walks them too, to no effect.

        A walk from ``root`` changes something only if ``root`` has attributes
        to pass on, is a result, or outlives some location: one in a deeper
        loop of its function, or in a closure inside it. ``PERSISTS`` (every
        declared variable starts with it) passes on only to locations whose
        address flows to the root, so in a batch without address flows it
        counts for nothing. A root with nothing to pass on is skipped (if it
        gains an attribute later, it is queued again and walked then): on a
        large recursive batch of pointer-passing functions, half the walks.
        """
        deepest: dict[int, int] = {}
        enclosing: set[int] = set()
        addresses = False
        for loc in self.all_locs:
            addresses = addresses or any(e.derefs < 0 for e in loc.edges)
            fn = loc.fn
            if fn is None:
                continue
            deepest[id(fn)] = max(deepest.get(id(fn), 0), loc.loop_depth)
            outer = fn.outer
            while outer is not None:
                enclosing.add(id(outer))
                outer = outer.outer
        pseudo = (self.mutator, self.callee, self.heap)
        passive = 0 if addresses else PERSISTS

        def inert(root: Location) -> bool:
            fn = root.fn
            return (not root.attrs & ~passive and not root.result_index and fn is not None
                    and id(fn) not in enclosing and root.loop_depth >= deepest.get(id(fn), 0)
                    and root not in pseudo)
        return inert

    def walk_one(self, root: Location, walkgen: int, enqueue) -> None:  # noqa: ANN001
        root.walkgen = walkgen
        root.derefs = 0
        root.dst = None
        if root.has(CALLS):
            node = root.node
            if isinstance(node, ir.FuncLit):
                fn = node.func
                if self.in_mutual_batch(fn) and not fn.results_lost:
                    fn.results_lost = True
                    for r in fn.results:
                        enqueue(self.loc_of(r))
        todo: deque[Location] = deque([root])
        root_attrs = root.attrs
        observer = self.observer
        outlives = self.outlives
        while todo:
            loc = todo.popleft()
            loc.queued_one = 0
            derefs = loc.derefs
            new = 0
            if derefs < 0:
                derefs = 0
                if outlives(root, loc):
                    if not loc.attrs & ESCAPES:
                        observer.escape(root, loc)
                    new |= ALL
                elif root_attrs & PERSISTS:
                    new |= PERSISTS
            if derefs == 0:
                new |= root_attrs & (MUTATES | CALLS)
            if loc.is_param:
                if outlives(root, loc):
                    if not loc.attrs & ESCAPES:
                        observer.leak(root, loc, derefs)
                    self.leak_to(loc, root, derefs)
                if root_attrs & MUTATES:
                    loc.leaks.add(L.MUTATOR, derefs)
                if root_attrs & CALLS:
                    loc.leaks.add(L.CALLEE, derefs)
            if new & ~loc.attrs:
                loc.attrs |= new
                enqueue(loc)
                if loc.attrs & ESCAPES:
                    continue
            for i, edge in enumerate(loc.edges):
                src = edge.src
                if src.attrs & ESCAPES:
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
        if not sink.has(ESCAPES) and sink.result_index and sink.fn is param.fn:
            ri = sink.result_index - 1
            if ri < L.NUM_RESULTS:
                param.leaks.add(L.RESULT0 + ri, derefs)
                return
        param.leaks.add(L.HEAP, derefs)

    def outlives(self, l: Location, other: Location) -> bool:
        """May a value stored in ``l`` live longer than ``other`` would on the stack?"""
        if l.has(ESCAPES):
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
