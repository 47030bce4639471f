"""A tooltip a key asked for, gone as an ordinary tooltip goes.

Qt hides a tooltip when the mouse leaves the widget it belongs to, but it only watches
moves over that widget. When a key shows one (W says why the what-if box is off) the mouse
may be anywhere, over the code say, and a tooltip whose widget never sees the mouse stays
until its time runs out. ``KeyTip`` watches the whole application instead: the first move
of the mouse, a click, the wheel, another key or the window losing focus hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QCursor, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

SLACK = 4
"""Pixels the mouse may drift (a hand resting on it) before the tip goes."""

_GONE_ON = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
                      QEvent.Type.KeyPress, QEvent.Type.WindowDeactivate})


class KeyTip(QObject):
    """Shows one tooltip at a time below a widget; an application event filter while it shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.origin = QPoint()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)

    def show(self, widget: QWidget, text: str, msecs: int) -> None:
        """``text`` just under ``widget`` for at most ``msecs``, or until the mouse or a key acts."""
        QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), text, widget, widget.rect(), msecs)
        self.text, self.origin = text, QCursor.pos()
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.installEventFilter(self)
        self.timer.start(msecs)

    def _stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.text = ""

    def hide(self) -> None:
        """The tip gone now (if it is still this one's)."""
        if QToolTip.isVisible() and QToolTip.text() == self.text:
            QToolTip.hideText()
        self._stop()

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.text:
            return False
        if QToolTip.isVisible() and QToolTip.text() != self.text:   # another tip took its place
            self._stop()
            return False
        kind = event.type()
        if kind in _GONE_ON:
            self.hide()
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            if (event.globalPosition().toPoint() - self.origin).manhattanLength() > SLACK:
                self.hide()
        return False
