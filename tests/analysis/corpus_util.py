"""Reading the corpus and its known gaps."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
GAPS = CORPUS / "known_gaps.txt"
INLINE_GAPS = CORPUS / "known_gaps_inline.txt"
COST_GAPS = CORPUS / "known_cost_gaps.txt"


def programs() -> list[Path]:
    return sorted(CORPUS.glob("*.go"))


def known_gaps(path: Path = GAPS) -> dict[str, str]:
    """Programs the analyzer is known to get wrong: ``name: reason`` per line."""
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(":")
                out[name.strip()] = reason.strip()
    return out


def params(gaps: dict[str, str], paths: list[Path] | None = None) -> list:
    """pytest parameters, one per program; a known gap is a strict expected failure."""
    import pytest

    out = []
    for p in programs() if paths is None else paths:
        marks = [pytest.mark.xfail(reason=gaps[p.stem], strict=True)] if p.stem in gaps else []
        out.append(pytest.param(p, id=p.stem, marks=marks))
    return out
