"""The analyzer never runs a subprocess and never needs Go."""

from __future__ import annotations

import subprocess

import pytest

from quizapp.analysis import analyze

from .corpus_util import programs


def test_analyze_without_go_or_subprocesses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("GOROOT", raising=False)

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003
        raise AssertionError("the analyzer started a subprocess")
    monkeypatch.setattr(subprocess, "Popen", refuse)
    for p in programs()[:40]:
        analyze(p.read_bytes())
