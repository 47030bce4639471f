"""A save dialog proposes a sensible folder: Pictures (or home) first, then where the last file went."""

from __future__ import annotations

from pathlib import Path

from quizapp.ui import places


def test_the_first_export_goes_to_pictures_or_home_then_beside_the_last(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    first = Path(places.export_start("diagram.png"))
    assert first.name == "diagram.png" and first.parent != Path.cwd() and first.parent.is_absolute()
    places.exported_to(tmp_path / "mine.svg")
    assert Path(places.export_start("diagram.png")) == tmp_path / "diagram.png"
