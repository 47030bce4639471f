"""Labelled percentage bars: mastery in Practice, results per principle in a summary, accuracy
in Statistics. One painter, so the three look and colour alike."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import theme

ROW = 24
LABEL_SHARE = 0.5


@dataclass(frozen=True)
class Bar:
    label: str
    share: float          # 0..1
    detail: str = ""      # e.g. "3/4" or "(12)"


def share_colour(share: float, pal: dict[str, str]) -> QColor:
    """Green from 70 %, amber from 40 %, red below: the same everywhere."""
    return QColor(pal["right"] if share >= 0.7 else pal["partial"] if share >= 0.4 else pal["wrong"])


def label_width(fm: QFontMetrics, labels: list[str], width: float) -> float:
    """The labels' column: wide enough for every label whole, up to half of ``width``."""
    needed = max((fm.horizontalAdvance(t) for t in labels), default=0) + 8
    return max(120.0, min(needed, width * LABEL_SHARE))


def paint_bars(p: QPainter, r: QRectF, bars: list[Bar], fg: QColor) -> float:
    """Draw ``bars`` in ``r`` (one row each); returns the y below the last row."""
    pal = theme.code_palette()
    fm = p.fontMetrics()
    label_w = label_width(fm, [b.label for b in bars], r.width())
    detail_w = max([fm.horizontalAdvance(f"100% {b.detail}") for b in bars] + [60]) + 8
    bar_x = r.x() + label_w + 8
    bar_w = max(40.0, r.width() - label_w - 8 - detail_w)
    y = r.y()
    for b in bars:
        p.setPen(fg)
        p.drawText(QRectF(r.x(), y, label_w, ROW), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(label_w)))
        p.setPen(QPen(QColor(pal["muted"]), 1))
        p.setBrush(QColor(pal["gutter_bg"]))
        p.drawRect(QRectF(bar_x, y + 6, bar_w, ROW - 12))
        colour = share_colour(b.share, pal)
        p.setBrush(colour)
        p.setPen(QPen(colour, 1))
        p.drawRect(QRectF(bar_x, y + 6, bar_w * max(0.0, min(1.0, b.share)), ROW - 12))
        p.setPen(fg)
        p.drawText(QRectF(bar_x + bar_w + 8, y, detail_w, ROW), Qt.AlignmentFlag.AlignVCenter,
                   f"{round(b.share * 100)}% {b.detail}".rstrip())
        y += ROW
    return y


class BarList(QWidget):
    """A widget of bars; its height follows its rows, so nothing is clipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setAccessibleDescription("; ".join(f"{b.label}: {round(b.share * 100)}% {b.detail}" for b in bars))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, max(ROW, ROW * len(self.bars)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, max(ROW, ROW * len(self.bars)))

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_bars(p, QRectF(0, 0, self.width(), self.height()), self.bars, QColor(theme.ui_palette()["text"]))
        p.end()
