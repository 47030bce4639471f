"""Where the app proposes to save a file: beside the last one saved, else in Pictures or Documents.

A save dialog that opens in the folder the app was started from (often a
source checkout) makes the learner hunt for a sensible place every time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

PICTURES = QStandardPaths.StandardLocation.PicturesLocation     # diagrams
DOCUMENTS = QStandardPaths.StandardLocation.DocumentsLocation   # reports, progress

_LAST: list[Path] = []          # the folder of the last file saved, in this run


def export_start(name: str, where: QStandardPaths.StandardLocation = PICTURES) -> str:
    """The path a save dialog proposes for ``name``."""
    if _LAST:
        return str(_LAST[-1] / name)
    return str(Path(QStandardPaths.writableLocation(where) or Path.home()) / name)


def exported_to(path: Path) -> None:
    """Remember where a file was saved: the next dialog starts there."""
    _LAST[:] = [path.parent]


def ask_save_path(parent: QWidget, title: str, name: str, filters: str,
                  where: QStandardPaths.StandardLocation = PICTURES) -> Path | None:
    """A save dialog starting at ``export_start``; the chosen path is remembered."""
    path, _ = QFileDialog.getSaveFileName(parent, title, export_start(name, where), filters)
    if not path:
        return None
    exported_to(Path(path))
    return Path(path)
