"""A bounded, fixed-seed sample of the differential fuzzing in ``bench/fuzz.py``.

Random programs calling the standard library (``bench/fuzzstd.py``) and
random constructs (``bench/fuzzgen.py``) are compiled by go1.27.3 and
analysed; every one must print what gc prints, with nothing unsupported,
rejected or crashed. The full runs (500 programs) are benchmarks; these few
keep the generators and the analyzer honest in the suite.
"""

from __future__ import annotations

import pytest

from bench.fuzz import check

STD_SEEDS = range(9001, 9013)
"""12 programs, 30 standard-library packages among them."""

CONSTRUCT_SEEDS = range(9101, 9107)


@pytest.mark.go
@pytest.mark.parametrize("seed", STD_SEEDS)
def test_standard_library_programs_agree_with_gc(go: str, seed: int) -> None:
    _, used, verdict, src, theirs, ours = check(seed, go, std=True)
    assert verdict != "invalid", f"the generator wrote invalid Go:\n{src}\n{theirs}"
    assert ours == theirs, f"packages {used}:\n{src}"


@pytest.mark.go
@pytest.mark.parametrize("seed", CONSTRUCT_SEEDS)
def test_construct_programs_agree_with_gc(go: str, seed: int) -> None:
    _, used, verdict, src, theirs, ours = check(seed, go)
    assert verdict != "invalid", f"the generator wrote invalid Go:\n{src}\n{theirs}"
    assert ours == theirs, f"constructs {used}:\n{src}"
