"""Clipped text in every view: a label, button or tab whose text needs more room than it has.

Run as a module it checks one language and size in a fresh process (so that
``QT_SCALE_FACTOR`` can be set before Qt starts) and prints the problems as
JSON: ``python -m tests.ui.clipping zh 1024x700``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget


def clipped(win: QWidget) -> list[str]:  # noqa: C901
    out = []
    for lb in win.findChildren(QLabel):
        if not lb.isVisibleTo(win) or not lb.text().strip() or lb.pixmap() is not None and not lb.pixmap().isNull():
            continue
        if lb.wordWrap():
            need = lb.heightForWidth(lb.width())
            if need > lb.height() + 1:
                out.append(f"label {lb.text()[:50]!r}: needs {need} px high, has {lb.height()}")
        else:
            hint = lb.sizeHint()
            if hint.width() > lb.width() + 1 or hint.height() > lb.height() + 1:
                out.append(f"label {lb.text()[:50]!r}: needs {hint.width()}x{hint.height()}, "
                           f"has {lb.width()}x{lb.height()}")
    for b in win.findChildren(QAbstractButton):
        if not b.isVisibleTo(win) or not b.text().strip():
            continue
        need = b.fontMetrics().horizontalAdvance(b.text().replace("&", "")) + 12
        if need > b.width():
            out.append(f"button {b.text()[:50]!r}: needs {need} px, has {b.width()}")
    for tb in win.findChildren(QTabBar):
        if not tb.isVisibleTo(win):
            continue
        for i in range(tb.count()):
            need = tb.fontMetrics().horizontalAdvance(tb.tabText(i).replace("&", ""))
            if need > tb.tabRect(i).width():
                out.append(f"tab {tb.tabText(i)!r}: needs {need} px, has {tb.tabRect(i).width()}")
    return out


def check(lang: str, sizes: list[tuple[int, int] | None]) -> dict[str, object]:
    """Every view at each size (None: the size the window takes from its screen): the problems,
    and whether that window fits the screen."""
    from PySide6.QtWidgets import QApplication

    from quizapp.ui import screenshot
    from quizapp.ui.app import create
    from tests.ui.views import each_view
    app = QApplication.instance() or QApplication(["clipping"])
    with tempfile.TemporaryDirectory() as tmp:
        screenshot.make_profile(Path(tmp), lang, "light")
        _app, win, _state = create(["quizapp"], profile=Path(tmp))
        win.size_from_screen()
        win.show()
        app.processEvents()
        avail = win.screen().availableGeometry()
        fitted = (win.width(), win.height())
        fits = avail.contains(win.frameGeometry())
        scale = win.devicePixelRatio()
        win.close()
    problems = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            for view, w in each_view(Path(tmp), lang, "light", size or fitted):
                problems += [f"{size or fitted} {view}: {p}" for p in clipped(w)]
    return {"problems": problems, "fits_screen": fits, "scale": scale, "window": fitted}


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = [None if s == "screen" else tuple(int(x) for x in s.split("x")) for s in sys.argv[2:]]
    print(json.dumps(check(sys.argv[1], sizes)))  # type: ignore[arg-type]
