"""Clipped text in every view, checked in a fresh process (so that ``QT_SCALE_FACTOR`` can be set
before Qt starts); prints the problems as JSON: ``python -m tests.ui.clipping en,zh screen``."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def check(lang: str, sizes: list[tuple[int, int] | None]) -> dict[str, object]:
    """Every view at each size (None: the size the window takes from its screen): the problems,
    and whether that window fits the screen."""
    from PySide6.QtWidgets import QApplication

    from quizapp.ui import screenshot
    from quizapp.ui.app import create
    from tests.ui.checks import clipped
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
    print(json.dumps({lang: check(lang, sizes) for lang in sys.argv[1].split(",")}))  # type: ignore[arg-type]
