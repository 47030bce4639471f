"""Running the real compiler: its lines come back in the corpus labels' spelling."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from quizapp.gotool import build_escape, build_escape_batch, go_root

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


ESCAPES = "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { println(*f()) }\n"
BROKEN = "package main\n\nfunc main() { undefined() }\n"


@pytest.mark.go
def test_batch_prints_what_single_builds_print(go: str) -> None:
    """One go command for many files; each file's lines as build_escape spells them, duplicates too."""
    sources = [SYNC_MAP, ESCAPES, SYNC_MAP]
    batch = build_escape_batch(sources, 2, go=go)
    assert [r.lines for r in batch] == [build_escape(s, 2, go=go).lines for s in sources]
    assert all(r.ok for r in batch)
    assert "./main.go:4:2: moved to heap: x" in build_escape_batch([ESCAPES], go=go)[0].lines


@pytest.mark.go
def test_batch_with_a_broken_file_reports_it_alone(go: str) -> None:
    batch = build_escape_batch([ESCAPES, BROKEN], go=go)
    assert batch[0].ok and "./main.go:4:2: moved to heap: x" in batch[0].lines
    assert not batch[1].ok and any("undefined" in ln for ln in batch[1].lines)
