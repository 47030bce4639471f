"""The two builds side by side: each site with inlining off (``-m -l``) and on (``-m``).

A learner reads articles that build with ``-l``; the everyday command does
not. With inlining on, a site of the ``-l`` answer may be found several
times: in its own function, where it was written, and in every copy of
that function's body pasted at a call gc inlined (a site there is at the
call, ``Site.inlined_from`` naming where it was written); a copied function
literal keeps its place but lives in the caller. A site may exist in one
build only: a literal inlined where it is called and never allocated, a
wrapper gc generates. Pairing the two lists is what lets the app say "in a
default build this stays on the stack, because the call to ``newT`` at
13:9 is inlined into ``main``".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..errors import Pos
from .sites import Site, SiteKind, Verdict


class Difference(Enum):
    """How a site's answers compare between the builds."""

    SAME = "same"                  # every copy has the -l verdict
    VERDICT = "verdict"            # some copy, or the site itself, is decided otherwise
    ONLY_NO_INLINE = "only-l"      # with inlining on, gc decides nothing about it
    ONLY_DEFAULT = "only-default"  # it exists only with inlining on


@dataclass(frozen=True)
class SitePair:
    """One site of the ``-m -l`` build and its counterparts in the default build."""

    no_inline: Site | None
    default: tuple[Site, ...] = ()

    @property
    def difference(self) -> Difference:
        if self.no_inline is None:
            return Difference.ONLY_DEFAULT
        if not self.default:
            return Difference.ONLY_NO_INLINE
        if any(t.verdict != self.no_inline.verdict for t in self.default):
            return Difference.VERDICT
        return Difference.SAME

    def copies(self) -> list[Site]:
        """The counterparts in copies made by inlining (not the site in its own function)."""
        return [t for t in self.default if t.inlined_call is not None]

    def own(self) -> Site | None:
        """The counterpart in the function where the site is written, if gc still decides it."""
        return next((t for t in self.default if t.inlined_call is None), None)


@dataclass
class BuildPairs:
    """Every site of both builds, paired."""

    pairs: list[SitePair] = field(default_factory=list)
    inlined: list[tuple[Pos, str]] = field(default_factory=list)
    """The calls gc inlines in the default build: where, and the function called."""

    def pair_of(self, site: Site) -> SitePair | None:
        """The pair a site of either build belongs to (the site itself, or a copy of its record)."""
        for p in self.pairs:
            if p.no_inline is site or any(t is site for t in p.default):
                return p
        for p in self.pairs:
            if any(_same(x, site) for x in ((p.no_inline,) if p.no_inline else ()) + p.default):
                return p
        return None

    def calls_in_flow(self, site: Site) -> list[tuple[Pos, str]]:
        """The inlined calls the flow of ``site`` passes through (why its own verdict changed)."""
        where = {pos for step in site.flow for _w, _why, pos in step.notes}
        return [(pos, name) for pos, name in self.inlined if pos in where]


def _same(a: Site, b: Site) -> bool:
    return (a.key, a.function, a.kind, a.inlined_from, a.inlined_call) == \
        (b.key, b.function, b.kind, b.inlined_from, b.inlined_call)


def _compatible(a: Site, b: Site) -> bool:
    if a.kind is not b.kind:
        return False
    if a.kind is SiteKind.VARIABLE:
        return a.name == b.name
    return a.alloc == b.alloc     # an allocation's text may change (a length made constant)


def pair_sites(no_inline: list[Site], default: list[Site],
               inlined: list[tuple[Pos, str]] | None = None) -> BuildPairs:
    """Pair the sites of the ``-m -l`` analysis with those of the default build."""
    by_origin: dict[tuple[str, Pos], list[Site]] = {}
    for t in default:
        origin = t.inlined_from or (t.function, t.pos)
        by_origin.setdefault(origin, []).append(t)
    used: set[int] = set()
    out = BuildPairs(inlined=list(inlined or []))
    for s in no_inline:
        found = tuple(t for t in by_origin.get((s.function, s.pos), [])
                      if id(t) not in used and _compatible(s, t))
        used.update(id(t) for t in found)
        out.pairs.append(SitePair(s, found))
    # a parameter of an inlined function is a local at the call: on the stack it is no
    # question (with -l only a pointer parameter has a site, as a leak summary)
    out.pairs.extend(SitePair(None, (t,)) for t in default if id(t) not in used and not (
        t.kind is SiteKind.VARIABLE and t.verdict is Verdict.STACK and t.inlined_call is not None))
    return out


def verdict_of(site: Site) -> str:
    """``stack``/``heap`` for a variable or allocation, the leak summary for a parameter."""
    return site.verdict.value if isinstance(site.verdict, Verdict) else str(site.verdict)
