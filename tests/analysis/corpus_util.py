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


def programs(directory: Path = CORPUS) -> list[Path]:
    return sorted(directory.glob("*.go"))


def known_gaps(directory: Path = CORPUS) -> dict[str, str]:
    """Programs the analyzer is known to get wrong: ``name: reason`` per line."""
    out: dict[str, str] = {}
    gaps = directory / "known_gaps.txt"
    if gaps.exists():
        for line in gaps.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(":")
                out[name.strip()] = reason.strip()
    return out


def gap_params(directory: Path = CORPUS) -> list[Any]:
    """The directory's programs as test parameters, known gaps as strict expected failures."""
    gaps = known_gaps(directory)
    out = []
    for p in programs(directory):
        marks = [pytest.mark.xfail(reason=gaps[p.stem], strict=True)] if p.stem in gaps else []
        out.append(pytest.param(p, id=p.stem, marks=marks))
    return out


def labeller() -> ModuleType:
    """``scripts/label_corpus.py`` as a module (its corpora, headers and index)."""
    spec = importlib.util.spec_from_file_location("label_corpus",
                                                  HERE.parents[1] / "scripts" / "label_corpus.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
