"""Every corpus program: the analyzer prints exactly what go1.27.3 printed (-m -l)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis import analyze

from .corpus_util import known_gaps, params, programs

GAPS = known_gaps()


@pytest.mark.parametrize("path", params(GAPS))
def test_matches_compiler(path: Path) -> None:
    expected = path.with_suffix(".m1").read_text().splitlines()
    result = analyze(path.read_bytes())
    assert result.unsupported == []
    assert result.diagnostics("./main.go", 1) == expected


def test_corpus_is_large_enough() -> None:
    assert len(programs()) >= 150


def test_known_gaps_name_real_programs() -> None:
    names = {p.stem for p in programs()}
    assert set(GAPS) <= names
