"""Reading the invalid corpus, its labels and the programs whose first error is known not to be gc's."""

from __future__ import annotations

from pathlib import Path

from ..corpus_util import known_gaps

HERE = Path(__file__).resolve().parent
INVALID = HERE / "invalid"
REPORTED = HERE / "reported"
INEXACT = HERE / "known_inexact.txt"


def invalid_programs() -> list[Path]:
    return sorted(INVALID.glob("*.go"))


def reported_programs() -> list[Path]:
    return sorted(REPORTED.glob("*.go"))


def kind_of(path: Path) -> str:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace")
    return first.split(":", 1)[1].split()[0] if first.startswith("// kind:") else ""


def expected_lines(path: Path) -> list[str]:
    return path.with_suffix(".err").read_text(encoding="utf-8", errors="surrogateescape").splitlines()


def known_inexact() -> dict[str, str]:
    """Programs whose first error the checker does not yet word or place as gc: ``name: why``."""
    return known_gaps(INEXACT)
