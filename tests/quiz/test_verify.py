"""Verifying packs with the real compiler, and refusing to compile untrusted code."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.gotool import safe_env
from quizapp.quiz.verify import UnsafeCode, check_safe, verify

from .test_loader import GOOD


@pytest.mark.parametrize("code, needle", [
    ('package main\n\nimport "C"\n\nfunc main() {}\n', "cgo"),
    ('package main\n\nimport "github.com/evil/pkg"\n\nfunc main() { pkg.Run() }\n', "not in the standard library"),
    ('package main\n\nimport (\n\t"fmt"\n\tx "example.com/x"\n)\n\nfunc main() { fmt.Println(x.A) }\n',
     "not in the standard library"),
    ('package main\n\nimport _ "unsafe"\n\n//go:linkname f runtime.nanotime\nfunc f() int64\n\nfunc main() {}\n',
     "go:linkname"),
    ('//go:build ignore\n\npackage main\n\nfunc main() {}\n', "go:build"),
])
def test_untrusted_code_is_refused(code: str, needle: str) -> None:
    with pytest.raises(UnsafeCode, match=needle):
        check_safe(code)


def test_standard_library_imports_are_fine() -> None:
    check_safe('package main\n\nimport (\n\t"fmt"\n\t"encoding/json"\n)\n\nfunc main() {}\n')


def test_build_environment_is_locked_down(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOTOOLCHAIN", "go1.99.0")
    monkeypatch.setenv("CGO_ENABLED", "1")
    monkeypatch.setenv("GOPROXY", "https://proxy.example")
    monkeypatch.setenv("GOFLAGS", "-toolexec=/tmp/evil")
    monkeypatch.setenv("CC", "/tmp/evil-cc")
    monkeypatch.setenv("LD_PRELOAD", "/tmp/evil.so")
    env = safe_env()
    assert env["GOTOOLCHAIN"] == "local"
    assert env["CGO_ENABLED"] == "0"
    assert env["GOPROXY"] == "off"
    assert env["GOFLAGS"] == "" and env["GOENV"] == "off"
    assert "CC" not in env and "LD_PRELOAD" not in env


@pytest.mark.go
def test_verify_agrees_and_reports_disagreement(go: str, tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD, encoding="utf-8")
    report = verify([good], go=go)
    assert report.checked == 1 and report.disagreements == []
    refused = tmp_path / "cgo.toml"
    refused.write_text(GOOD.replace('package main\n', 'package main\n\nimport "C"\n'), encoding="utf-8")
    report = verify([refused], go=go)
    assert report.checked == 0
    assert len(report.disagreements) == 1 and "refused: cgo" in report.disagreements[0]


@pytest.mark.go
def test_verify_says_why_it_compiled_fewer_programs_than_questions(go: str) -> None:
    """The built-in inlining pack has a flashcard without code: one program fewer than questions."""
    from quizapp.cli import verify_summary
    from quizapp.quiz.loader import builtin_dir
    report = verify([builtin_dir() / "inlining.toml"], go=go)
    assert not report.disagreements
    line = verify_summary(report)
    assert line.startswith(f"{report.questions} questions: {report.checked} programs compiled")
    assert report.questions == report.checked + 1 and "; 1 flashcard without code)" in line
