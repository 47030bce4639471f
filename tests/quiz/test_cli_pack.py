"""The pack commands as an instructor runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.gotool import build_plain
from quizapp.quiz.loader import load_pack
from quizapp.quiz.scaffold import install_pack

from .test_loader import GOOD


def test_new_writes_a_valid_pack_and_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "mine.toml"
    assert main(["pack", "new", str(p)]) == 0
    assert main(["pack", "validate", str(p)]) == 0
    assert capsys.readouterr().out.strip().endswith("1 packs, 1 questions, 0 errors")
    before = p.read_text()
    assert main(["pack", "new", str(p)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert p.read_text() == before


@pytest.mark.go
def test_validate_exit_code_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        go: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("return &x", "return &nope"), encoding="utf-8")
    assert main(["pack", "validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    # the problem, then what go build says of the question's code, then the summary
    pack, _ = load_pack(bad)
    assert pack is not None
    code = pack.questions[0].code
    gc = build_plain(code, go=go).lines
    assert len(gc) == 2 and "undefined: nope" in gc[1]
    assert "the code does not compile:" in out[0]
    assert [ln.strip() for ln in out[1:-1]] == gc
    assert out[-1] == "1 packs, 1 questions, 1 errors"


def test_install_refuses_an_installed_id_unless_upgrading(tmp_path: Path) -> None:
    src = tmp_path / "p.toml"
    src.write_text(GOOD, encoding="utf-8")
    dest = tmp_path / "user-packs"
    target = install_pack(src, dest=dest).path
    assert target.read_text(encoding="utf-8") == GOOD
    from quizapp.quiz.errors import QuizError
    with pytest.raises(QuizError, match="already installed"):
        install_pack(src, dest=dest)
    src.write_text(GOOD.replace('version = "1"', 'version = "2"'), encoding="utf-8")
    target2 = install_pack(src, upgrade=True, dest=dest).path
    assert target2 == target and 'version = "2"' in target.read_text(encoding="utf-8")
    assert len(list(dest.glob("*.toml"))) == 1


def test_install_refuses_a_broken_pack(tmp_path: Path) -> None:
    src = tmp_path / "p.toml"
    src.write_text(GOOD.replace('difficulty = "easy"', 'difficulty = "impossible"'), encoding="utf-8")
    from quizapp.quiz.errors import QuizError
    with pytest.raises(QuizError, match="difficulty"):
        install_pack(src, dest=tmp_path / "d")
