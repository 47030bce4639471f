"""Where the escape analysis puts each variable and allocation of the program being run.

The interpreter runs the very IR the analysis decided about, so each site
is found by identity: the ``Site`` of an allocating node or a variable.
A function the analysis left out (it holds or calls something
unsupported) has no verdicts: ``heap`` answers None there.

A run may also be placed as the default build (inlining on, ``-m``) places
it. The program still runs the ``-m -l`` IR, call by call; each object is
then looked up in the default build's analysis: made during a call gc
inlines, by the copy of its site at that call (``Site.inlined_call``);
otherwise by the site in its own function. The frames of inlined calls are
marked (``Frame.inlined_at``) so that a diagram merges them into their
callers, as the built program has no frame for them.
"""

from __future__ import annotations

from typing import Any

from ..analysis import Analysis, Site, Verdict
from ..analysis.ir import nodes as ir

_Key = tuple[str, int, int]          # function, line, column (of the site in the -l IR)


class Placement:
    """Site lookups for one analysed program (and, optionally, its default build)."""

    def __init__(self, analysis: Analysis | None, default: Analysis | None = None) -> None:
        self.sites: dict[int, Site] = {}
        self._keep: list[Any] = []
        if analysis is not None:
            for s in analysis.sites:
                if s.node is not None and s.kind.value != "parameter":
                    self.sites[id(s.node)] = s
                    self._keep.append(s.node)
        self.mode = "-l" if default is None else "-m"
        self._inlined: set[tuple[int, int]] = set()
        self._own: dict[_Key, Site] = {}
        self._copies: dict[tuple[_Key, int, int], Site] = {}
        if default is not None:
            self._inlined = {(p.line, p.col) for p, _name in default.inlined if not p.file}
            for s in default.sites:
                if s.kind.value == "parameter" or s.pos.file:
                    continue
                if s.inlined_from is not None and s.inlined_call is not None:
                    fn, at = s.inlined_from
                    call = s.inlined_call[1]
                    if not at.file and not call.file:
                        self._copies.setdefault(((fn, at.line, at.col), call.line, call.col), s)
                elif s.inlined_call is None:
                    self._own.setdefault((s.function, s.pos.line, s.pos.col), s)

    def site(self, node: Any) -> Site | None:
        return self.sites.get(id(node))

    def heap(self, node: Any) -> bool | None:
        """True (heap), False (stack) or None (the analysis did not judge it)."""
        s = self.sites.get(id(node))
        if s is not None:
            return s.verdict is Verdict.HEAP
        fn = getattr(node, "fn", None) if isinstance(node, ir.Var) else None
        if fn is not None and getattr(fn, "esc_skipped", False):
            return None
        if isinstance(node, ir.Var):
            return False
        return None

    def inlined_at(self, pos: Any) -> Any:
        """``pos`` when it is a call the default build inlines (and the run is placed so)."""
        return pos if pos is not None and (pos.line, pos.col) in self._inlined else None

    def placed(self, fr: Any, node: Any) -> tuple[Site | None, bool | None]:
        """The site and verdict (True: heap; None: not judged) of what ``node`` makes in ``fr``."""
        site = self.site(node)
        heap = self.heap(node)
        if self.mode == "-l" or fr is None or getattr(fr, "code", None) is None:
            return site, heap
        pos = site.pos if site is not None else getattr(node, "pos", None)
        if pos is None or pos.file:
            return site, heap
        key = (site.function if site is not None else fr.code.name, pos.line, pos.col)
        at = fr.inlined_at
        if at is not None:
            copy = self._copies.get((key, at.line, at.col))
            if copy is not None:
                return copy, copy.verdict is Verdict.HEAP
            if isinstance(node, ir.Var):        # a local of the caller gc says nothing of
                return site, False if heap is not None else None
            return site, heap
        own = self._own.get(key)
        if own is not None:
            return own, own.verdict is Verdict.HEAP
        return site, heap
