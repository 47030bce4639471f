"""The stored labels are what the real compiler prints today (the labeller's check mode)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.go
def test_labels_have_not_drifted(go: str) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "label_corpus.py"), "--check",
                           "--go", go], capture_output=True, text=True, timeout=3000)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "0 problems" in proc.stdout


@pytest.mark.go
def test_check_mode_catches_drift(go: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A label edited by hand is reported: the check really compares."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("label_corpus", ROOT / "scripts" / "label_corpus.py")
    lab = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(lab)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    src = ROOT / "tests" / "analysis" / "corpus" / "a_01_return_addr.go"
    (corpus / src.name).write_bytes(src.read_bytes())
    (corpus / "a_01_return_addr.m1").write_text("./main.go:4:2: does not escape\n")
    (corpus / "a_01_return_addr.m2").write_text("")
    only = lab.Corpus("corpus", corpus, "constructs", packages=False)
    monkeypatch.setattr(lab, "CORPORA", {"corpus": only})
    (corpus / "INDEX.md").write_text(lab.index_text(only))
    assert lab.main(["--check", "--go", go]) == 1
    assert lab.main(["--go", go]) == 0
    assert (corpus / "a_01_return_addr.m1").read_text() == \
        (ROOT / "tests" / "analysis" / "corpus" / "a_01_return_addr.m1").read_text()
