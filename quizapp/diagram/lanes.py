"""Which lane each arrow of a margin takes: the order with the fewest crossings.

``layout`` routes every arrow through a vertical lane in a margin (left of
the stack, the gutter between stack and heap, right of the heap); this
module only reorders the lanes of one margin, so that arrows cross as
little as they can. Pure Python.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

MAX_LANES = 24                   # the most lanes a margin grows to before arrows share them


@dataclass
class Arrow:
    """A reference drawn as a polyline: out of its source, along a lane, into its target."""

    kind: str                    # heap (stack to heap), stack (into the stack), inner (heap to heap), dangling
    points: list[tuple[float, float]]
    source: str = ""
    target: str = ""


def lane_of(a: Arrow) -> int:
    """The index of the point where ``a`` turns into its lane (its vertical run starts there)."""
    return next(j for j in range(len(a.points) - 1) if a.points[j][0] == a.points[j + 1][0])


def untangle(arrows: list[Arrow], margins: list[tuple[Callable[[float], bool], Callable[[int], float], bool]]
              ) -> None:
    """Give each margin's arrows the lanes that make the fewest crossings.

    A margin beside one column (left of the stack, right of the heap) holds
    loops that leave and come back on the same side: a loop crosses the
    vertical run of every loop nearer the boxes whose span holds one of its
    ends. In the gutter, arrows go across: one left of another crosses it
    where its right-hand end lies within the other's span, and the other's
    left-hand end within its own. Lanes are ordered by span, then improved
    by swapping neighbours while that removes crossings."""
    for inside, lane_x, across in margins:
        group = [a for a in arrows if inside(a.points[lane_of(a)][0])]
        if not 2 <= len(group) <= 2 * MAX_LANES:     # beyond, lanes are shared anyway: keep it cheap
            continue
        info = {}
        for a in group:
            j = lane_of(a)
            (x, y1), (_, y2) = a.points[j], a.points[j + 1]
            before, after = a.points[j - 1][0] if j else x, a.points[j + 2][0] if j + 2 < len(a.points) else x
            left_y, right_y = (y1, y2) if before < x or after > x else (y2, y1)
            info[id(a)] = (min(y1, y2), max(y1, y2), left_y, right_y)

        def cost(inner: Arrow, outer: Arrow) -> int:
            lo, hi, _, right_y = info[id(inner)]
            olo, ohi, oleft, oright = info[id(outer)]
            if across:         # inner is the one further left
                return int(olo < right_y < ohi) + int(lo < oleft < hi)
            return int(lo < oleft < hi) + int(lo < oright < hi)

        def improved(order: list[Arrow]) -> list[Arrow]:
            for _ in range(len(order)):
                swapped = False
                for i in range(len(order) - 1):
                    a, b = order[i], order[i + 1]
                    if cost(b, a) < cost(a, b):
                        order[i], order[i + 1] = b, a
                        swapped = True
                if not swapped:
                    break
            return order

        def total(order: list[Arrow]) -> int:
            return sum(cost(a, b) for i, a in enumerate(order) for b in order[i + 1:])

        starts = [sorted(group, key=key) for key in (
            lambda a: (info[id(a)][1] - info[id(a)][0], info[id(a)][3]),     # the shortest nearest
            lambda a: (info[id(a)][3], info[id(a)][2]),                       # by where they end
            lambda a: (-info[id(a)][3], info[id(a)][2]))]
        group = min((improved(o) for o in starts), key=total)
        for n, a in enumerate(group):
            j = lane_of(a)
            x = lane_x(n)
            a.points[j] = (x, a.points[j][1])
            a.points[j + 1] = (x, a.points[j + 1][1])
