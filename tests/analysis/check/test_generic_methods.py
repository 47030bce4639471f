"""Generic methods (Go 1.27) are type-checked like generic functions.

The invalid ones are in the invalid corpus (kind ``generic-method``); here,
valid programs that declare and call them, explicitly instantiated or
inferred, on plain and generic receiver types, as values and method
expressions: the checker finds nothing wrong, and go1.27.3 builds them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis.check.checker import check_file
from quizapp.analysis.syntax.parser import parse
from quizapp.gotool import build_plain

HERE = Path(__file__).resolve().parent
VALID = [HERE / "valid" / "generic_methods_of_instances.go",
         HERE.parent / "accepted" / "generic_methods.go"]


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_generic_methods_check_clean(path: Path) -> None:
    assert check_file(parse(path.read_bytes()), "main", strict=True) == ([], None)


@pytest.mark.go
@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_gc_builds_them(path: Path) -> None:
    assert build_plain(path.read_bytes()).ok


@pytest.mark.parametrize("inline", [False, True], ids=["-l", "inlining"])
@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_the_analyzer_never_rejects_them(path: Path, inline: bool) -> None:
    """A valid program is analysed; what the lowering does not model is unsupported, never
    a compile error gc does not give."""
    from quizapp.analysis import analyze
    analyze(path.read_bytes(), inline=inline)
