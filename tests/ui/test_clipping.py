"""Nothing is clipped at 1024x700, in both languages, at scale factor 1 and 2; the window fits its screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .clipping import clipped
from .views import each_view

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_nothing_is_clipped_at_1024x700(qtbot, tmp_path, lang: str) -> None:  # noqa: ANN001
    problems = []
    for view, win in each_view(tmp_path, lang, "light", (1024, 700)):
        problems += [f"{view}: {p}" for p in clipped(win)]
    assert problems == []


def test_at_scale_factor_2_the_window_fits_a_full_hd_screen_and_nothing_is_clipped(tmp_path) -> None:  # noqa: ANN001
    """A 1920x1080 screen at scale factor 2 is 960x540 logical pixels: the window sizes itself to it."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "fullhd", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
           "PYTHONPATH": str(ROOT)}
    for lang in ("en", "zh"):
        run = subprocess.run([sys.executable, "-m", "tests.ui.clipping", lang, "screen", "1024x700"], cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        result = json.loads(run.stdout.strip().splitlines()[-1])
        assert result["scale"] == 2 and result["window"][1] <= 540
        assert result["fits_screen"], (lang, result["window"])
        assert result["problems"] == [], lang


def test_every_focusable_widget_has_an_accessible_name(qtbot, tmp_path) -> None:  # noqa: ANN001
    """Screen readers name what has the focus: a button's text, or an explicit accessible name."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget
    missing = set()
    for view, win in each_view(tmp_path, "en", "light"):
        for w in win.findChildren(QWidget):
            if not w.isVisibleTo(win) or w.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(w, QTabBar):
                continue
            if w.parent() is not None and type(w.parent()).__name__ in ("QComboBox", "QSpinBox", "QScrollArea"):
                continue                                    # the inner parts of a named widget
            text = w.text() if isinstance(w, (QAbstractButton, QLabel)) else ""
            if not (w.accessibleName() or text.strip()) and type(w).__name__ not in ("QScrollBar",):
                missing.add(f"{view}: {type(w).__name__} {w.objectName()!r}")
    assert sorted(missing) == [], "\n".join(sorted(missing))
