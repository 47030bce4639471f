"""Reading the corpora and their known gaps.

``corpus/`` holds small programs, one construct family each; ``realistic/``
holds programs as learners paste them. Each directory may have a
``known_gaps.txt``: programs the analyzer is known to get wrong.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
REALISTIC = HERE / "realistic"
GAPS = CORPUS / "known_gaps.txt"
INLINE_GAPS = CORPUS / "known_gaps_inline.txt"
COST_GAPS = CORPUS / "known_cost_gaps.txt"


def programs(directory: Path = CORPUS) -> list[Path]:
    return sorted(directory.glob("*.go"))


def known_gaps(path: Path = GAPS) -> dict[str, str]:
    """Programs the analyzer is known to get wrong: ``name: reason`` per line (``path``: a
    gaps file, or a corpus directory for its ``known_gaps.txt``)."""
    out: dict[str, str] = {}
    if path.is_dir():
        path = path / "known_gaps.txt"
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(":")
                out[name.strip()] = reason.strip()
    return out


def params(gaps: dict[str, str], paths: list[Path] | None = None) -> list[Any]:
    """pytest parameters, one per program; a known gap is a strict expected failure."""
    out = []
    for p in programs() if paths is None else paths:
        marks = [pytest.mark.xfail(reason=gaps[p.stem], strict=True)] if p.stem in gaps else []
        out.append(pytest.param(p, id=p.stem, marks=marks))
    return out


def gap_params(directory: Path = CORPUS) -> list[Any]:
    """A corpus directory's programs as test parameters, its known gaps strict expected failures."""
    return params(known_gaps(directory), programs(directory))


def labeller() -> ModuleType:
    """``scripts/label_corpus.py`` as a module (its corpora, headers and index)."""
    spec = importlib.util.spec_from_file_location("label_corpus",
                                                  HERE.parents[1] / "scripts" / "label_corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
