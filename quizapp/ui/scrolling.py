"""A page whose content scrolls when the window is small (or the scale factor large): nothing clips."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def scroll_body(owner: QWidget) -> tuple[QScrollArea, QWidget]:
    """Fill ``owner`` with a frameless scroll area; returns it and the body to lay out."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    body = QWidget()
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return scroll, body
