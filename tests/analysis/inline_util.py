"""Reading inlining facts from compiler lines: the costs gc printed, and ours."""

from __future__ import annotations

import re
from collections import defaultdict

COST = re.compile(r"^\./main\.go:(\d+:\d+): (?:can inline \S+ with cost (\d+) as: |"
                  r"cannot inline \S+: function too complex: cost (\d+) exceeds budget \d+$)")


def costs(lines: list[str]) -> dict[str, set[int]]:
    """Position of a function -> the costs printed for it (a closure copied by inlining is
    printed again, at the same position)."""
    out: dict[str, set[int]] = defaultdict(set)
    for line in lines:
        m = COST.match(line)
        if m:
            out[m.group(1)].add(int(m.group(2) or m.group(3)))
    return dict(out)
