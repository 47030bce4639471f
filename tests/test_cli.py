"""``quizapp analyze``: the command-line contract of design.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.gotool import build_plain

CORPUS = Path(__file__).resolve().parent / "analysis" / "corpus"


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizapp.cli", *args], cwd=cwd,
                          capture_output=True, text=True,
                          env={"PYTHONPATH": str(Path(__file__).resolve().parents[1]),
                               "PATH": "/usr/bin:/bin"})


def test_prints_what_go_build_prints(tmp_path: Path) -> None:
    src = CORPUS / "a_03_param_leak_levels.go"
    (tmp_path / "main.go").write_bytes(src.read_bytes())
    proc = run(["analyze", "-m", "-l", "main.go"], tmp_path)
    assert proc.returncode == 0
    assert proc.stdout == src.with_suffix(".m1").read_text()
    assert proc.stderr == ""


def test_level_two_adds_explanations(tmp_path: Path) -> None:
    src = CORPUS / "a_01_return_addr.go"
    (tmp_path / "main.go").write_bytes(src.read_bytes())
    proc = run(["analyze", "-m=2", "-l", "main.go"], tmp_path)
    assert proc.returncode == 0
    assert proc.stdout == src.with_suffix(".m2").read_text()


def test_path_of_a_file_in_a_subdirectory(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "x.go").write_bytes((CORPUS / "a_01_return_addr.go").read_bytes())
    proc = run(["analyze", "-l", "pkg/x.go"], tmp_path)
    assert proc.stdout.startswith("./pkg/x.go:5:2: moved to heap: x")


def test_without_l_inlining_is_on(tmp_path: Path) -> None:
    """-m alone is go build -gcflags=-m: can inline, inlining call to, the copies' verdicts."""
    src = CORPUS / "a_02_ptrlit_returned_vs_local.go"
    (tmp_path / "main.go").write_bytes(src.read_bytes())
    proc = run(["analyze", "-m", "main.go"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == src.with_suffix(".i1").read_text()
    assert "inlining call to newT" in proc.stdout
    assert proc.stderr == ""


def test_inlining_what_is_not_modelled_is_unsupported(tmp_path: Path) -> None:
    """An inlined standard-library body the analyzer cannot follow (slog.Default's reads a
    generic atomic.Pointer) is not modelled: exit 3, named on stderr; with -l the file is
    judged in full."""
    (tmp_path / "main.go").write_text(
        'package main\n\nimport "log/slog"\n\nfunc main() {\n\tprintln(slog.Default() != nil)\n}\n')
    proc = run(["analyze", "main.go"], tmp_path)
    assert proc.returncode == 3
    assert "unsupported: the inlined body of slog.Default" in proc.stderr
    lproc = run(["analyze", "-l", "main.go"], tmp_path)
    assert lproc.returncode == 0


def test_syntax_error(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text("package main\nfunc main() { x := }\n")
    proc = run(["analyze", "-l", "main.go"], tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip() == "./main.go:2:20: syntax error: unexpected }, expected expression"


@pytest.mark.parametrize("content, needle", [
    (b"", "main.go:1:1: expected 'package', found 'EOF'"),     # gc's words for an empty file
    (b"package main\n\xff\xfe func main() {}\n", "UTF-8"),
])
def test_unreadable_input_is_one_clear_line(tmp_path: Path, content: bytes, needle: str) -> None:
    (tmp_path / "main.go").write_bytes(content)
    proc = run(["analyze", "-l", "main.go"], tmp_path)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
    assert needle in proc.stderr


def test_missing_file(tmp_path: Path) -> None:
    proc = run(["analyze", "-l", "nope.go"], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "nope.go: no such file"


def test_type_error_exits_2(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {\n\tx := 1\n}\n")
    proc = run(["analyze", "-l", "main.go"], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "./main.go:4:2: declared and not used: x"


def test_unsupported_exit_3(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(
        "package main\n\nfunc Id(x int) int {\n\ttype local[T any] struct{ v T }\n\treturn local[int]{x}.v\n}\n\n"
        "func keep() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = Id(1); _ = keep() }\n")
    proc = run(["analyze", "-l", "main.go"], tmp_path)
    assert proc.returncode == 3
    assert "unsupported: local generic types" in proc.stderr
    # what the unsupported function touches is not printed; the rest is
    assert proc.stdout == "./main.go:9:2: moved to heap: x\n"


@pytest.mark.go
def test_a_compile_error_wins_over_an_unsupported_construct(tmp_path: Path, go: str) -> None:
    """Exit 2 with gc's lines (no ``# command-line-arguments`` header), in both inlining modes."""
    src = ("package main\n\nfunc Id(x int) int {\n\ttype local[T any] struct{ v T }\n\treturn local[int]{x}.v\n}\n\n"
           "func main() {\n\tn := Id(1)\n}\n")
    (tmp_path / "main.go").write_text(src)
    gc = build_plain(src, go=go)
    assert not gc.ok
    for flags in (["-l"], []):
        proc = run(["analyze", *flags, "main.go"], tmp_path)
        assert proc.returncode == 2
        assert proc.stdout == ""
        assert proc.stderr.splitlines() == gc.lines


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert all(cmd in out for cmd in ("analyze", "diagram", "pack"))


def test_no_command_starts_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    import quizapp.ui.app as app

    started: list[tuple[list[str], str | None]] = []
    monkeypatch.setattr(app, "run", lambda argv, lang=None: started.append((argv, lang)) or 7)
    assert main([]) == 7
    assert len(started) == 1 and started[0][1] is None
    assert main(["--lang", "zh"]) == 7 and started[1][1] == "zh"
