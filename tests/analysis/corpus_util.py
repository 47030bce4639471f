"""Reading the corpora and their known gaps.

``corpus/`` holds small programs, one construct family each; ``realistic/``
holds programs as learners paste them. Each directory may have a
``known_gaps.txt``: programs the analyzer is known to get wrong.
"""

from __future__ import annotations

from pathlib import Path

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
