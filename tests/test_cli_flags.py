"""``quizapp analyze`` takes gc's flags: -m, -m=N, -m repeated, -l, -d=escapemutationscalls, in any order."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import FlagError, main, parse_analyze_flags
from quizapp.gotool import build_escape

CORPUS = Path(__file__).resolve().parent / "analysis" / "corpus"
PROGRAM = CORPUS / "a_03_param_leak_levels.go"


@pytest.mark.parametrize(("argv", "level", "inline_off", "mutations", "file"), [
    (["-m", "f.go"], 1, False, False, "f.go"),
    (["-m", "-m", "-l", "f.go"], 2, True, False, "f.go"),
    (["-l", "-m=2", "f.go"], 2, True, False, "f.go"),
    (["-m=0", "f.go"], 0, False, False, "f.go"),
    (["f.go"], 1, False, False, "f.go"),
    (["-d=escapemutationscalls", "-m", "-l", "--", "-odd.go"], 1, True, True, "-odd.go"),
    (["-m", "-d=escapemutationscalls,zerocopy", "f.go"], 1, False, True, "f.go"),
    (["-d=escapemutationscalls=0", "f.go"], 1, False, False, "f.go"),
])
def test_flags_in_any_order(argv: list[str], level: int, inline_off: bool, mutations: bool,
                            file: str) -> None:
    f = parse_analyze_flags(argv)
    assert (f.level, f.l, f.mutations, f.file) == (level, inline_off, mutations, file)


@pytest.mark.parametrize(("argv", "said"), [
    (["-x", "f.go"], "unknown flag -x"),
    (["-m=3", "f.go"], "levels above -m=2"),
    (["-m=two", "f.go"], "-m wants a number"),
    (["-d=checkptr", "f.go"], "unsupported -d setting 'checkptr'"),
    (["-m"], "no file given"),
    (["f.go", "g.go"], "unexpected argument after the file: g.go"),
    (["-N", "-m", "f.go"], "unknown flag -N"),
])
def test_anything_else_is_refused(argv: list[str], said: str) -> None:
    with pytest.raises(FlagError, match=said):
        parse_analyze_flags(argv)


def test_a_refused_flag_exits_2_with_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "-gcflags=-m", str(PROGRAM)]) == 2
    err = capsys.readouterr().err
    assert "unknown flag -gcflags=-m" in err and "usage: quizapp analyze" in err


def test_m_then_the_file_reads_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "main.go").write_bytes(PROGRAM.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "-m", "main.go"]) == 0
    assert capsys.readouterr().out == PROGRAM.with_suffix(".i1").read_text()   # inlining on


def test_m_repeated_is_level_two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "main.go").write_bytes(PROGRAM.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "-l", "-m", "-m", "main.go"]) == 0
    assert capsys.readouterr().out == PROGRAM.with_suffix(".m2").read_text()


@pytest.mark.go
def test_escapemutationscalls_prints_what_gc_prints(go: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = PROGRAM.read_bytes()
    expected = build_escape(src, 1, go=go, debug="escapemutationscalls")
    assert expected.ok
    assert any("mutates param" in ln or "does not escape, mutate, or call" in ln
               for ln in expected.lines)
    (tmp_path / "main.go").write_bytes(src)
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "-m", "-d=escapemutationscalls", "-l", "main.go"]) == 0
    assert capsys.readouterr().out.splitlines() == expected.lines
