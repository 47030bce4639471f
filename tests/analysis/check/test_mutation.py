"""A fixed sample of learner-like mutants (bench/mutate.py runs hundreds): gc's verdict is ours."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.errors import InvalidGo
from quizapp.gotool import build_plain

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.mutations import OPERATORS, mutate  # noqa: E402

CORPUS = ROOT / "tests" / "analysis" / "corpus"


def _sample() -> list:
    rng = random.Random(1527)
    programs = sorted(CORPUS.glob("*.go"))
    out = []
    while len(out) < 10:
        p = rng.choice(programs)
        m = mutate(p.read_text(encoding="utf-8"), rng)
        if m is not None:
            out.append(pytest.param(m, id=f"{p.stem}-{m.operator}"))
    return out


def _rejects(source: str) -> bool:
    try:
        analyze(source)
    except InvalidGo:
        return True
    return False


@pytest.mark.go
@pytest.mark.parametrize("mutant", _sample())
def test_mutant_verdict_is_gcs(mutant, go: str) -> None:  # noqa: ANN001
    gc = build_plain(mutant.source, go=go)
    assert _rejects(mutant.source) == (not gc.ok), "\n".join(gc.lines)


def test_every_operator_applies_somewhere() -> None:
    rng = random.Random(7)
    programs = sorted(CORPUS.glob("*.go"))
    seen = set()
    for _ in range(400):
        m = mutate(rng.choice(programs).read_text(encoding="utf-8"), rng)
        if m is not None:
            seen.add(m.operator)
    assert seen == set(OPERATORS)


# Mutants bench/mutate.py once found the checker wrong about; gc words each.
_ONCE_WRONG = {
    "range_declares_address": "package main\n\nfunc main() {\n\txs := []int{1}\n"
    "\tfor &_, x := range xs {\n\t\t_ = x\n\t}\n}\n",
}


@pytest.mark.go
@pytest.mark.parametrize("name", sorted(_ONCE_WRONG))
def test_once_wrong_mutant_first_error_is_gcs(name: str, go: str) -> None:
    source = _ONCE_WRONG[name]
    gc = build_plain(source, go=go)
    assert not gc.ok
    with pytest.raises(InvalidGo) as exc:
        analyze(source)
    assert exc.value.lines("./main.go")[0] == gc.lines[0]
