"""The realistic corpus: programs as learners paste them, answered as go1.27.3 answers.

Each program uses the standard library the way real code does (a web
handler, a worker pool, JSON, iterators, ``math/big``...). The analyzer must
print exactly the compiler's ``-m -l`` lines, or, for a program listed in
``realistic/known_gaps.txt``, fail in the way the list says (a strict
expected failure, so a fixed program must leave the list).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis import AnalysisError, analyze

from .corpus_util import REALISTIC, gap_params, known_gaps, labeller, programs

GAPS = known_gaps(REALISTIC)


@pytest.mark.parametrize("path", gap_params(REALISTIC))
def test_matches_compiler(path: Path) -> None:
    expected = path.with_suffix(".m1").read_text().splitlines()
    result = analyze(path.read_bytes())
    assert [u.what for u in result.unsupported] == []
    assert result.diagnostics("./main.go", 1) == expected


@pytest.mark.parametrize("path", programs(REALISTIC), ids=lambda p: p.stem)
def test_never_rejected_or_crashing(path: Path) -> None:
    """Every program compiles with gc: the analyzer may say unsupported, never invalid, never crash."""
    try:
        analyze(path.read_bytes())
    except AnalysisError as exc:
        if path.stem in GAPS and GAPS[path.stem].startswith(("rejected", "crash")):
            pytest.xfail(GAPS[path.stem])
        raise AssertionError(f"valid Go rejected: {exc}") from exc
    except Exception:
        if path.stem in GAPS and GAPS[path.stem].startswith("crash"):
            pytest.xfail(GAPS[path.stem])
        raise


def test_size_and_breadth() -> None:
    """At least 150 programs of 20 to 150 lines, two or more per family, 60+ packages imported."""
    lab = labeller()
    corpus = lab.CORPORA["realistic"]
    paths = corpus.programs()
    assert len(paths) >= 150
    families: dict[str, int] = {}
    packages: set[str] = set()
    for p in paths:
        n = len(p.read_text(encoding="utf-8").splitlines())
        assert 20 <= n <= 150, f"{p.name} has {n} lines"
        fam = lab.header_values(p, "family")
        assert len(fam) == 1, f"{p.name} has no '// family:' line"
        families[fam[0]] = families.get(fam[0], 0) + 1
        packages.update(lab.imports_of(p))
    assert all(n >= 2 for n in families.values()), families
    assert len(packages) >= 60


def test_every_program_has_both_labels_and_the_index_is_current() -> None:
    lab = labeller()
    corpus = lab.CORPORA["realistic"]
    for p in corpus.programs():
        assert p.with_suffix(".m1").exists(), p.name
        assert p.with_suffix(".m2").exists(), p.name
    assert corpus.index.read_text() == lab.index_text(corpus)


def test_known_gaps_name_real_programs() -> None:
    assert set(GAPS) <= {p.stem for p in programs(REALISTIC)}
