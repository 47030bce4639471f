"""Valid programs the analyzer once rejected: each is accepted and answered as go1.27.3 answers.

``accepted/`` holds them (found by adversarial testing: constants declared
two to a spec, a dot import, ``nil`` and ``true`` declared as variables,
package variables initialised in dependency order...), each labelled by
``scripts/label_corpus.py`` like the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis import analyze

from .corpus_util import HERE, programs

ACCEPTED = HERE / "accepted"


@pytest.mark.parametrize("path", programs(ACCEPTED), ids=lambda p: p.stem)
def test_accepted_and_answered_as_gc(path: Path) -> None:
    result = analyze(path.read_bytes())
    assert result.unsupported == []
    assert result.diagnostics("./main.go", 1) == path.with_suffix(".m1").read_text().splitlines()
    assert result.diagnostics("./main.go", 2) == path.with_suffix(".m2").read_text().splitlines()


def test_the_set_is_there() -> None:
    assert len(programs(ACCEPTED)) >= 9
