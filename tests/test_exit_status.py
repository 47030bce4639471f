"""Every command follows the exit-status table of docs/architecture.md (copied from design.md).

The table itself is read from the architecture doc, so the doc and the
commands cannot drift apart silently: each row's statuses are exercised here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, EXIT_UNSUPPORTED, main

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "analysis" / "corpus"
VALID = CORPUS / "a_01_return_addr.go"
UNSUPPORTED_SRC = ("package main\n\nimport \"unsafe\"\n\ntype A struct{ x, y int }\n\n"
                   "type B struct{ A }\n\nfunc main() {\n\tvar b B\n\tprintln(unsafe.Offsetof(b.y))\n}\n")
"""A program whose main uses something the analyzer does not model (Offsetof through an
embedded field)."""


def table() -> dict[str, list[str]]:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([^`]+)`[^|]*\|(.*)\|\s*$", doc, re.M)
    return {cmd: [c.strip() for c in cells.split("|")] for cmd, cells in rows}


def test_the_table_is_in_the_architecture_doc() -> None:
    rows = table()
    assert {"analyze", "run", "trace", "pack …", "--screenshot"} <= set(rows)
    assert rows["analyze"][2].startswith("unreadable or invalid Go")
    assert rows["pack …"][1] == "problems found in the packs"


def test_analyze(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "-l", str(VALID)]) == EXIT_OK
    unsupported = tmp_path / "unsupported.go"
    unsupported.write_text(UNSUPPORTED_SRC)
    assert main(["analyze", "-l", str(unsupported)]) == EXIT_UNSUPPORTED
    bad = tmp_path / "bad.go"
    bad.write_text("package main\n\nfunc main() { x := }\n")
    assert main(["analyze", "-l", str(bad)]) == EXIT_BAD_INPUT
    assert main(["analyze", "-l", str(tmp_path / "none.go")]) == EXIT_BAD_INPUT
    capsys.readouterr()


def test_diagram(tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp) -> None:  # noqa: ANN001
    out = tmp_path / "d.png"
    assert main(["diagram", "-o", str(out), str(VALID)]) == EXIT_OK and out.exists()
    partly = tmp_path / "partly.go"
    partly.write_text(UNSUPPORTED_SRC.replace("func main()", "func other()")
                      + "\nfunc main() { x := 1; _ = &x }\n", encoding="utf-8")
    assert main(["diagram", "-o", str(tmp_path / "u.png"), str(partly)]) == EXIT_UNSUPPORTED
    assert (tmp_path / "u.png").exists()                    # written with what could be traced
    unsupported = tmp_path / "unsupported.go"
    unsupported.write_text(UNSUPPORTED_SRC)
    assert main(["diagram", "-o", str(tmp_path / "n.png"), str(unsupported)]) == EXIT_UNSUPPORTED
    assert not (tmp_path / "n.png").exists()                # main itself is what is unsupported
    assert main(["diagram", "-o", str(tmp_path / "d.txt"), str(VALID)]) == EXIT_BAD_INPUT
    assert main(["diagram", "-o", str(tmp_path / "no" / "d.png"), str(VALID)]) == EXIT_BAD_INPUT
    bad = tmp_path / "bad.go"
    bad.write_text("package main\n\nfunc main() { x := }\n")
    assert main(["diagram", "-o", str(out), str(bad)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "unsupported: " in err and "the folder" in err and "does not exist" in err


def test_pack_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from .quiz.test_loader import GOOD
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(GOOD.replace('difficulty = "easy"', 'difficulty = "x"'), encoding="utf-8")
    assert main(["pack", "validate", str(good)]) == EXIT_OK
    assert main(["pack", "validate", str(bad)]) == EXIT_PROBLEMS
    assert main(["pack", "validate", str(tmp_path / "none.toml")]) == EXIT_BAD_INPUT
    assert main(["pack", "show", str(good)]) == EXIT_OK
    assert main(["pack", "show", str(tmp_path / "none.toml")]) == EXIT_BAD_INPUT
    assert main(["pack", "verify", "--go", str(tmp_path / "no-go"), str(good)]) == EXIT_BAD_INPUT
    assert main(["pack", "new", str(good)]) == EXIT_BAD_INPUT             # exists: never overwritten
    assert main(["pack", "install", str(tmp_path)]) == EXIT_BAD_INPUT     # a folder
    with pytest.raises(SystemExit) as usage:
        main(["pack", "frobnicate"])
    assert usage.value.code == EXIT_BAD_INPUT
    capsys.readouterr()


def test_screenshot(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--screenshot", str(tmp_path / "x.png"), "--view", "nope"]) == EXIT_BAD_INPUT
    assert main(["--screenshot", str(tmp_path / "no" / "x.png"), "--view", "packs"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "unknown view 'nope'" in err and "does not exist" in err
