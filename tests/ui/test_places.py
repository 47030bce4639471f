"""A save dialog proposes a sensible folder: Pictures (or home) first, then where the last file went."""

from __future__ import annotations

from pathlib import Path

from quizapp.ui import places


def test_the_first_export_goes_to_pictures_or_home_then_beside_the_last(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    first = Path(places.export_start("diagram.png"))
    assert first.name == "diagram.png" and first.parent != Path.cwd() and first.parent.is_absolute()
    places.exported_to(tmp_path / "mine.svg")
    assert Path(places.export_start("diagram.png")) == tmp_path / "diagram.png"
    assert Path(places.export_start("progress.csv", places.DOCUMENTS)) == tmp_path / "progress.csv"


def test_every_save_dialog_of_the_app_goes_through_places() -> None:
    """No view asks Qt for a save path on its own (it would start in the working folder)."""
    ui = Path(places.__file__).parent
    asking = [p.name for p in ui.glob("*.py") if "getSaveFileName" in p.read_text(encoding="utf-8")]
    assert asking == ["places.py"]
