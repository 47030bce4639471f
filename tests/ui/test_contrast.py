"""Text is readable in every view, in the light and the dark theme: sampled from the rendered pixels.

For each visible text widget (labels, buttons, tabs, list rows, lines of the
code and of the explanation, combo boxes, fields) the colour that stands out
most against the most common one must reach WCAG's 4.5:1. Also after a live
switch of the theme, which used to leave black titles on a black window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                               QSpinBox, QTabBar, QTextBrowser, QWidget)

from quizapp.ui import theme as th

from .views import contrast, each_view, pixels, text_contrast

AA = 4.5


def _shown(w: QWidget, win: QWidget) -> bool:
    return w.isVisibleTo(win) and w.isEnabled() and w.width() > 4 and w.height() > 4 and w.visibleRegion().boundingRect().height() > 4


def low_contrast(win) -> list[str]:  # noqa: ANN001
    """Every visible text whose best colour is below 4.5:1 against its background."""
    out: list[str] = []

    def check(name: str, counts) -> None:  # noqa: ANN001
        r = text_contrast(counts)
        if r is not None and r < AA:
            out.append(f"{name}: {r:.2f}")

    for w in win.findChildren(QLabel):
        if _shown(w, win) and w.text().strip():
            check(f"label {w.text()[:40]!r}", pixels(w.grab().toImage()))
    for w in win.findChildren(QAbstractButton):
        if _shown(w, win) and w.text().strip():
            check(f"button {w.text()[:40]!r}", pixels(w.grab().toImage(), w.rect().adjusted(4, 4, -4, -4)))
    for tb in win.findChildren(QTabBar):
        if not _shown(tb, win):
            continue
        img = tb.grab().toImage()
        for i in range(tb.count()):
            if tb.isTabEnabled(i):
                check(f"tab {tb.tabText(i)!r}", pixels(img, tb.tabRect(i).adjusted(4, 4, -4, -4)))
    for lw in win.findChildren(QListWidget):
        if not _shown(lw, win):
            continue
        img = lw.viewport().grab().toImage()
        for i in range(lw.count()):
            item = lw.item(i)
            r = lw.visualItemRect(item).intersected(lw.viewport().rect())
            if r.height() > 6 and item.text().strip():
                r.setHeight(min(r.height(), lw.fontMetrics().height() * 2))
                check(f"row {item.text()[:40]!r}", pixels(img, r.adjusted(2, 2, -2, -2)))
    lines = {int(th.ui_palette()["border"][1:], 16)}      # table rules in the report: not text
    for te in win.findChildren(QPlainTextEdit) + win.findChildren(QTextBrowser):
        if not _shown(te, win) or not te.toPlainText().strip():
            continue
        img = te.viewport().grab().toImage()
        step = te.fontMetrics().height()
        for y in range(0, img.height() - step, step):
            counts = pixels(img, QRect(0, y, img.width(), step))
            for c in lines:
                counts.pop(c, None)
            check(f"{type(te).__name__} {te.accessibleName()!r} y={y}", counts)
    for w in win.findChildren(QComboBox) + win.findChildren(QSpinBox) + win.findChildren(QLineEdit):
        text = w.currentText() if isinstance(w, QComboBox) else w.text()
        if _shown(w, win) and text.strip():
            check(f"{type(w).__name__} {text[:30]!r}", pixels(w.grab().toImage(), w.rect().adjusted(4, 4, -24, -4)))
    return out


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_view_is_readable(qtbot, tmp_path, theme: str) -> None:  # noqa: ANN001
    problems = []
    for view, win in each_view(tmp_path, "en", theme):
        problems += [f"{view}: {p}" for p in low_contrast(win)]
    assert problems == []


def test_a_live_theme_switch_repaints_everything_readable(qtbot, tmp_path) -> None:  # noqa: ANN001
    views = ("quiz", "stats", "packs")
    for view, win in each_view(tmp_path, "en", "light", views=views):
        win.app_state.set_theme("dark")
        qtbot.wait(10)
        assert low_contrast(win) == [], view
        bg = pixels(win.grab().toImage()).most_common(1)[0][0]
        assert bg == int(th.UI_DARK["window"][1:], 16) or bg == int(th.UI_DARK["base"][1:], 16), view
        win.app_state.set_theme("light")


@pytest.mark.parametrize("palette", [th.LIGHT, th.DARK])
def test_theme_text_colours_reach_aa_on_their_backgrounds(palette: dict[str, str]) -> None:
    ui = th.UI_DARK if palette is th.DARK else th.UI_LIGHT
    for name in ("keyword", "type", "func", "string", "number", "comment", "operator", "gutter_fg", "site",
                 "stack", "heap", "right", "wrong", "muted", "partial"):
        for bg in (ui["base"], ui["window"], palette["gutter_bg"]):
            r = contrast(int(palette[name][1:], 16), int(bg[1:], 16))
            assert r >= AA, f"{name} {palette[name]} on {bg}: {r:.2f}"
