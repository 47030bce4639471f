"""The cost oracle: every corpus function's inlining cost is the one gc printed.

gc's ``-m=2`` output (``NAME.i2``) gives each function's cost, ``can inline F
with cost N`` or ``cannot inline F: function too complex: cost N exceeds
budget B``; the analyzer's ``-m=2`` lines must give the same cost at the same
position (a closure copied by inlining is printed again there, with its cost).
Programs whose costs are known not to match yet are listed, with the reason,
in ``known_cost_gaps.txt`` (strict expected failures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis import analyze

from .corpus_util import COST_GAPS, known_gaps, params, programs
from .inline_util import costs

GAPS = known_gaps(COST_GAPS)


WITH_COSTS = [p for p in programs() if costs(p.with_suffix(".i2").read_text().splitlines())]


@pytest.mark.parametrize("path", params(GAPS, WITH_COSTS))
def test_costs_are_gcs(path: Path) -> None:
    want = costs(path.with_suffix(".i2").read_text().splitlines())
    got = costs(analyze(path.read_bytes(), inline=True).diagnostics("./main.go", 2))
    assert {pos: got.get(pos) for pos in want} == want


def test_targeted_programs_are_exact() -> None:
    """The programs written for the inliner's rules (n_*) have no known cost gap."""
    assert not [name for name in GAPS if name.startswith("n_")]


def test_known_gaps_name_real_programs() -> None:
    names = {p.stem for p in programs()}
    assert set(GAPS) <= names
