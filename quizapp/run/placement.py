"""Where the escape analysis puts each variable and allocation of the program being run.

The interpreter runs the very IR the analysis decided about, so each site
is found by identity: the ``Site`` of an allocating node or a variable.
A function the analysis left out (it holds or calls something
unsupported) has no verdicts: ``heap`` answers None there.
"""

from __future__ import annotations

from typing import Any

from ..analysis import Analysis, Site, Verdict
from ..analysis.ir import nodes as ir


class Placement:
    """Site lookups for one analysed program."""

    def __init__(self, analysis: Analysis | None) -> None:
        self.sites: dict[int, Site] = {}
        self._keep: list[Any] = []
        if analysis is not None:
            for s in analysis.sites:
                if s.node is not None and s.kind.value != "parameter":
                    self.sites[id(s.node)] = s
                    self._keep.append(s.node)

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
