"""Texts fitted to the room they have: tooltips wrapped to stay beside what they explain,
labels cut with an ellipsis after a number of lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

TIP_WIDTH = 100                  # characters: a longer tooltip line wraps


def wrapped(text: str) -> str:
    """A tooltip's text with its long lines wrapped, so it stays beside the item it explains
    instead of running off the screen."""
    out = []
    for line in text.split("\n"):
        while len(line) > TIP_WIDTH:
            cut = line.rfind(" ", TIP_WIDTH // 2, TIP_WIDTH)
            cut = cut if cut > 0 else TIP_WIDTH
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return "\n".join(out)


def elide_lines(text: str, font: QFont, width: float, lines: int) -> str:
    """``text`` wrapped at ``width`` as a label wraps it, cut with an ellipsis to ``lines`` lines."""
    layout = QTextLayout(text.replace("\n", " "), font)
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(opt)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= lines:
        return text
    flat = layout.text()
    head = flat[:starts[lines - 1]].rstrip() + "\n"
    return head + QFontMetricsF(font).elidedText(flat[starts[lines - 1]:], Qt.TextElideMode.ElideRight, width)
