"""Running the real compiler: its lines come back in the corpus labels' spelling."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from quizapp.gotool import build_escape, go_root

SYNC_MAP = 'package main\n\nimport (\n\t"fmt"\n\t"sync"\n)\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store("k", 1)\n\tfmt.Println(m.Load("k"))\n}\n'


def _goroot_prefixes_printed(lines: list[str]) -> set[str]:
    return {ln.split("/src/", 1)[0] for ln in lines if "/src/" in ln}


@pytest.mark.go
def test_goroot_lines_are_normalised(go: str) -> None:
    lines = build_escape(SYNC_MAP, 2, go=go).lines
    assert any(ln.startswith("$GOROOT/src/internal/sync/") for ln in lines)
    assert _goroot_prefixes_printed(lines) == {"$GOROOT"}


@pytest.mark.go
def test_goroot_printed_relative_is_normalised_too(go: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Next to GOROOT the build directory makes go print ``../go/src/...``; the lines must not change."""
    near = Path(go_root(go)).parent
    monkeypatch.setattr(tempfile, "tempdir", str(near))
    lines = build_escape(SYNC_MAP, 2, go=go).lines
    assert any(ln.startswith("$GOROOT/src/") for ln in lines)
    assert _goroot_prefixes_printed(lines) == {"$GOROOT"}
