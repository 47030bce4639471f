"""What the view tests look for in a rendered window: low contrast, clipped text, unnamed widgets."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                               QSpinBox, QTabBar, QTextBrowser, QWidget)

from quizapp.ui import theme as th

from .views import pixels, text_contrast

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
    ui, code = th.ui_palette(), th.code_palette()
    lines = {int(c[1:], 16) for c in (ui["border"], ui["alt"], code["current_line"])}   # rules and fills: not text
    for te in win.findChildren(QPlainTextEdit) + win.findChildren(QTextBrowser):
        if not _shown(te, win) or not te.toPlainText().strip():
            continue
        img = te.viewport().grab().toImage()
        step = te.fontMetrics().height()
        for y in range(0, img.height() - step, step):
            counts = pixels(img, QRect(0, y, img.width(), step))
            for c in lines:
                counts.pop(c, None)
            ink = sum(counts.values()) - (counts.most_common(1)[0][1] if counts else 0)
            if ink >= 60:        # a line of text, not the sliver of one cut by the strip's edge
                check(f"{type(te).__name__} {te.accessibleName()!r} y={y}", counts)
    for w in win.findChildren(QComboBox) + win.findChildren(QSpinBox) + win.findChildren(QLineEdit):
        text = w.currentText() if isinstance(w, QComboBox) else w.text()
        if _shown(w, win) and text.strip():
            check(f"{type(w).__name__} {text[:30]!r}", pixels(w.grab().toImage(), w.rect().adjusted(4, 4, -24, -4)))
    return out


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


def unnamed(win: QWidget) -> list[str]:
    """Focusable widgets a screen reader could not name (no accessible name, no text)."""
    out = []
    for w in win.findChildren(QWidget):
        if not w.isVisibleTo(win) or w.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(w, QTabBar):
            continue
        if w.parent() is not None and type(w.parent()).__name__ in ("QComboBox", "QSpinBox", "QScrollArea"):
            continue                                    # the inner parts of a named widget
        text = w.text() if isinstance(w, (QAbstractButton, QLabel)) else ""
        if not (w.accessibleName() or text.strip()) and type(w).__name__ != "QScrollBar":
            out.append(f"{type(w).__name__} {w.objectName()!r}")
    return out
