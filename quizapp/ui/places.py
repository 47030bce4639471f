"""Where the app proposes to save a file: beside the last one saved, else in Pictures.

A save dialog that opens in the folder the app was started from (often a
source checkout) makes the learner hunt for a sensible place every time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_LAST: list[Path] = []          # the folder of the last file saved, in this run


def export_start(name: str) -> str:
    """The path a save dialog proposes for ``name``."""
    if _LAST:
        return str(_LAST[-1] / name)
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return str(Path(pictures or Path.home()) / name)


def exported_to(path: Path) -> None:
    """Remember where a file was saved: the next dialog starts there."""
    _LAST[:] = [path.parent]
