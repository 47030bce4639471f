"""The diagram pane while stepping: the drawing stays put, the panic step stands out, and
a value's full text opens beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent

from quizapp.analysis import analyze
from quizapp.diagram.model import build

from .test_diagram_fit import pane, show_step

PANIC = """package main

func main() {
\tvar m map[string]int
\tdefer func() { recover() }()
\tm["a"] = 1
}
"""

BOXES = """package main

import "fmt"

func main() {
\tx := 42
\ts := "a string long enough to be cut short in its box, to see its whole text on hover"
\tfmt.Println(x, s)
}
"""


def drawing_top(w) -> int:  # noqa: ANN001
    """Where the drawing starts, in the diagram widget."""
    return w.scroll.mapTo(w, QPoint(0, 0)).y()


@pytest.mark.parametrize("src", [PANIC, BOXES], ids=["panic", "notes"])
def test_the_drawing_does_not_move_when_a_note_or_a_long_title_comes_and_goes(qtbot, lang, src) -> None:  # noqa: ANN001
    win, w = pane(qtbot)
    m = build(analyze(src), source=src)
    w.set_model(m)
    tops, notes, lines = set(), set(), set()
    for i in range(m.count):
        show_step(qtbot, w, i)
        qtbot.wait(5)
        tops.add(drawing_top(w))
        notes.add(bool(w.note.text()))
        fm = w.step_label.fontMetrics()
        lines.add(fm.boundingRect(QRect(0, 0, w.step_label.width(), 10**6), Qt.TextFlag.TextWordWrap, w.title).height()
                  // fm.lineSpacing())
    assert notes == {True, False} or len(lines) > 1        # something did come and go
    assert len(tops) == 1, tops


def test_the_panic_step_is_a_red_banner_with_the_panic_value(qtbot, lang) -> None:  # noqa: ANN001
    win, w = pane(qtbot)
    m = build(analyze(PANIC), source=PANIC)
    w.set_model(m)
    panic = next(i for i, r in enumerate(m.trace.steps) if r.event == "panic")
    show_step(qtbot, w, panic - 1)
    assert red_share(w.step_label.grab().toImage()) < 0.05
    show_step(qtbot, w, panic)
    assert "assignment to entry in nil map" in w.title       # on hover when the banner cuts it, and in the note
    assert "assignment to entry in nil map" in w.step_label.toolTip() + w.step_label.text()
    assert "assignment to entry in nil map" in w.note.text()
    assert red_share(w.step_label.grab().toImage()) > 0.6
    show_step(qtbot, w, panic + 1)
    assert red_share(w.step_label.grab().toImage()) < 0.05


def red_share(img) -> float:  # noqa: ANN001
    """The share of an image's pixels that are a saturated red."""
    from PySide6.QtGui import QColor
    n = red = 0
    for x in range(0, img.width(), 3):
        for y in range(0, img.height(), 3):
            c = QColor(img.pixel(x, y))
            n += 1
            red += (c.hue() <= 15 or c.hue() >= 345) and c.saturation() > 100
    return red / max(n, 1)


@pytest.mark.qt_log_ignore("This plugin does not support raise")     # the tooltip window, offscreen
def test_the_full_text_opens_beside_the_hovered_item(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication, QToolTip
    win, w = pane(qtbot)
    m = build(analyze(BOXES), source=BOXES)
    w.set_model(m)
    show_step(qtbot, w, m.opening_step())
    s, k = w.canvas.scene, w.canvas.scale()
    for t in (next(t for t in s.texts() if t.role == "value" and "long enough" in t.whole),
              next(t for t in s.texts() if t.role == "note")):
        at = QPoint(int((t.rect.x + t.rect.w - 6) * k), int((t.rect.y + t.rect.h / 2) * k))
        ev = QMouseEvent(QEvent.Type.MouseMove, QPointF(at), QPointF(w.canvas.mapToGlobal(at)),
                         Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        w.canvas.mouseMoveEvent(ev)
        qtbot.waitUntil(QToolTip.isVisible)
        tip = next(x for x in QApplication.topLevelWidgets() if x.inherits("QTipLabel") and x.isVisible())
        item_top_left = w.canvas.mapToGlobal(QPoint(int(t.rect.x * k), int(t.rect.y * k)))
        item_bottom = w.canvas.mapToGlobal(QPoint(0, int(t.rect.bottom * k))).y()
        geo = tip.geometry()
        # just under the item (or above it when there is no room below), starting near its left
        assert abs(geo.top() - item_bottom) <= 8 or abs(geo.bottom() - item_top_left.y()) <= 8, (geo, item_bottom)
        screen = tip.screen().availableGeometry()
        assert abs(geo.left() - item_top_left.x()) <= 8 or geo.right() >= screen.right() - 2, (geo, item_top_left)
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
