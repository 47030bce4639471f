"""Long work started by a user action, run off the GUI thread while the window stays alive.

``run_busy`` runs a function on a thread and waits for it in a local event
loop, so the window keeps repainting and a "working" dialog appears if the
work takes more than a moment; the caller still gets the result in order,
as from a plain call. Exceptions are handed back, never swallowed.
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

R = TypeVar("R")
SHOW_AFTER_MS = 400


class _Done(QObject):
    finished = Signal()


def run_busy(parent: QWidget, label: str, fn: Callable[[], R]) -> R:
    """``fn()`` on a worker thread; the GUI keeps running (a progress dialog after a moment)."""
    box: dict[str, object] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc
        done.finished.emit()

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    thread = threading.Thread(target=work, name="busy", daemon=True)
    thread.start()
    if thread.is_alive():
        loop.exec()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
