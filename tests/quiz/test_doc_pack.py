"""docs/pack-format.md is enough to write a pack: its complete example and a pack written from it alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.quiz.validate import validate
from quizapp.quiz.verify import verify

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "pack-format.md"
DOC_PACK = Path(__file__).resolve().parent / "doc_pack.toml"


def example(tmp: Path) -> Path:
    m = re.search(r"## A complete example\n\n```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert m, "the doc lost its complete example"
    p = tmp / "example.toml"
    p.write_text(m.group(1), encoding="utf-8")
    return p


def test_doc_example_validates(tmp_path: Path) -> None:
    report = validate([example(tmp_path)])
    assert [str(p) for p in report.problems] == []
    kinds = {q.kind.value for p in report.packs for q in p.questions}
    assert kinds == {"where", "lines", "why", "flashcard"}


def test_pack_written_from_the_doc_alone_validates() -> None:
    report = validate([DOC_PACK])
    assert [str(p) for p in report.problems] == []
    assert report.questions == 5


@pytest.mark.go
def test_doc_packs_agree_with_the_compiler(go: str, tmp_path: Path) -> None:
    report = verify([example(tmp_path), DOC_PACK], go=go)
    assert report.disagreements == []
