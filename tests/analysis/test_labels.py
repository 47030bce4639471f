"""The stored labels are what the real compiler prints today (the labeller's check mode).

The suite re-labels a fixed sample of the three corpora; ``bench/label_drift.py`` re-labels
all of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


SAMPLE = 60
"""Programs re-labelled by the suite, drawn from the three corpora (all their labels each);
bench/label_drift.py checks them all."""


@pytest.mark.go
def test_labels_have_not_drifted(go: str) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "label_corpus.py"), "--check",
                           "--sample", str(SAMPLE), "--seed", "16", "--go", go],
                          capture_output=True, text=True, timeout=3000)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert f"{SAMPLE} programs checked, 0 problems" in proc.stdout


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
    (corpus / "a_01_return_addr.i1").write_text("./main.go:5:2: moved to heap: x\n")
    only = lab.Corpus("corpus", corpus, "constructs", packages=False, inlined=True)
    monkeypatch.setattr(lab, "CORPORA", {"corpus": only})
    (corpus / "INDEX.md").write_text(lab.index_text(only))
    assert lab.main(["--check", "--go", go]) == 1
    assert lab.main(["--go", go]) == 0
    for suffix in ("m1", "i1", "i2"):
        assert (corpus / f"a_01_return_addr.{suffix}").read_text() == \
            (ROOT / "tests" / "analysis" / "corpus" / f"a_01_return_addr.{suffix}").read_text()


def test_the_sample_is_fixed() -> None:
    """The same corpus and seed give the same sample, so a failure can be reproduced."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("label_corpus", ROOT / "scripts" / "label_corpus.py")
    lab = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(lab)
    paths = sorted(lab.CORPUS.glob("*.go"))
    first = lab.sample(paths, SAMPLE, 16)
    assert first == lab.sample(paths, SAMPLE, 16)
    assert len(first) == SAMPLE and first != lab.sample(paths, SAMPLE, 17)
