"""Statistics drawn as charts (QPainter, no extra dependency): accuracy per principle,
answers per day, a streak calendar and time per question. Plus CSV export and reset."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ..analysis.principles import PRINCIPLES, PrincipleId
from ..quiz.progress import Answer, Progress
from . import theme


class Charts(QWidget):
    """The four charts, painted from a list of answers."""

    def __init__(self, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.answers: list[Answer] = []
        self.today = date.today()
        self.setMinimumSize(900, 760)

    def set_answers(self, answers: list[Answer], today: date | None = None) -> None:
        self.answers = answers
        self.today = today or date.today()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = theme.code_palette()
        fg = QColor("#e5e7eb" if theme.is_dark() else "#111827")
        w = self.width()
        half = (w - 60) / 2
        self._accuracy(p, QRectF(20, 10, half, 360), pal, fg)
        self._per_day(p, QRectF(40 + half, 10, half, 170), pal, fg)
        self._streak(p, QRectF(40 + half, 200, half, 170), pal, fg)
        self._times(p, QRectF(20, 400, w - 40, 320), pal, fg)
        p.end()

    def _title(self, p: QPainter, r: QRectF, text: str, fg: QColor) -> None:
        f = QFont()
        f.setBold(True)
        f.setPointSizeF(11)
        p.setFont(f)
        p.setPen(fg)
        p.drawText(QRectF(r.x(), r.y(), r.width(), 22), Qt.AlignmentFlag.AlignLeft, text)
        f.setBold(False)
        f.setPointSizeF(9)
        p.setFont(f)

    def _accuracy(self, p: QPainter, r: QRectF, pal: dict, fg: QColor) -> None:
        self._title(p, r, self.tr("Accuracy per principle"), fg)
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for a in self.answers:
            for pr in a.principles:
                total[pr] += 1
                right[pr] += a.correct
        y = r.y() + 30
        bar_x = r.x() + 250
        bar_w = r.width() - 320
        for pid in PrincipleId:
            if pid.value not in total:
                continue
            acc = right[pid.value] / total[pid.value]
            p.setPen(fg)
            p.drawText(QRectF(r.x(), y, 245, 18), Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(PRINCIPLES[pid].title(self.lang()), Qt.TextElideMode.ElideRight, 240))
            p.setPen(QPen(QColor(pal["muted"]), 1))
            p.setBrush(QColor(pal["gutter_bg"]))
            p.drawRect(QRectF(bar_x, y + 3, bar_w, 12))
            color = QColor(pal["right"] if acc >= 0.7 else pal["selected"] if acc >= 0.4 else pal["wrong"])
            p.setBrush(color)
            p.setPen(QPen(color, 1))
            p.drawRect(QRectF(bar_x, y + 3, bar_w * acc, 12))
            p.setPen(fg)
            p.drawText(QRectF(bar_x + bar_w + 6, y, 60, 18), Qt.AlignmentFlag.AlignVCenter,
                       f"{acc * 100:.0f}% ({total[pid.value]})")
            y += 22
        if not total:
            p.drawText(QRectF(r.x(), y, r.width(), 20), Qt.AlignmentFlag.AlignLeft, self.tr("No answers yet"))

    def _per_day(self, p: QPainter, r: QRectF, pal: dict, fg: QColor) -> None:
        self._title(p, r, self.tr("Answers per day (last 30 days)"), fg)
        days = Counter(a.answered_at.date() for a in self.answers)
        peak = max([days[self.today - timedelta(d)] for d in range(30)] + [1])
        base = r.y() + r.height() - 18
        col_w = (r.width() - 10) / 30
        for i in range(30):
            d = self.today - timedelta(29 - i)
            h = (r.height() - 50) * days[d] / peak
            p.setBrush(QColor(pal["site"]))
            p.setPen(QPen(QColor(pal["site"]), 1))
            p.drawRect(QRectF(r.x() + i * col_w + 1, base - h, col_w - 2, h))
        p.setPen(fg)
        p.drawText(QRectF(r.x(), base + 2, 120, 16), Qt.AlignmentFlag.AlignLeft,
                   (self.today - timedelta(29)).isoformat())
        p.drawText(QRectF(r.x() + r.width() - 120, base + 2, 120, 16), Qt.AlignmentFlag.AlignRight,
                   self.today.isoformat())
        p.drawText(QRectF(r.x(), r.y() + 22, r.width(), 16), Qt.AlignmentFlag.AlignRight,
                   self.tr("max {n} a day").format(n=peak))

    def _streak(self, p: QPainter, r: QRectF, pal: dict, fg: QColor) -> None:
        days = {a.answered_at.date() for a in self.answers}
        streak = 0
        d = self.today
        while d in days:
            streak += 1
            d -= timedelta(1)
        self._title(p, r, self.tr("Streak: {n} days").format(n=streak), fg)
        cell = min((r.width() - 10) / 18, (r.height() - 40) / 7)
        start = self.today - timedelta(days=7 * 17 + self.today.weekday())
        for week in range(18):
            for wd in range(7):
                day = start + timedelta(7 * week + wd)
                if day > self.today:
                    continue
                c = QColor(pal["right"]) if day in days else QColor(pal["gutter_bg"])
                p.setBrush(c)
                p.setPen(QPen(QColor(pal["muted"]), 0.5))
                p.drawRect(QRectF(r.x() + week * cell, r.y() + 30 + wd * cell, cell - 2, cell - 2))

    def _times(self, p: QPainter, r: QRectF, pal: dict, fg: QColor) -> None:
        self._title(p, r, self.tr("Time per question"), fg)
        bins = [10, 20, 30, 45, 60, 90, 120, 180, 10_000]
        labels = ["<10s", "<20s", "<30s", "<45s", "<1m", "<1.5m", "<2m", "<3m", "3m+"]
        counts = [0] * len(bins)
        for a in self.answers:
            counts[next(i for i, b in enumerate(bins) if a.seconds < b)] += 1
        peak = max(counts + [1])
        col_w = (r.width() - 20) / len(bins)
        base = r.y() + r.height() - 24
        for i, c in enumerate(counts):
            h = (r.height() - 60) * c / peak
            p.setBrush(QColor(pal["stack"]))
            p.setPen(QPen(QColor(pal["stack"]), 1))
            p.drawRect(QRectF(r.x() + i * col_w + 6, base - h, col_w - 12, h))
            p.setPen(fg)
            p.drawText(QRectF(r.x() + i * col_w, base + 4, col_w, 16), Qt.AlignmentFlag.AlignHCenter, labels[i])
            p.drawText(QRectF(r.x() + i * col_w, base - h - 18, col_w, 16), Qt.AlignmentFlag.AlignHCenter, str(c))


class StatsView(QWidget):
    resetDone = Signal()

    def __init__(self, progress: Progress, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.progress = progress
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.export_btn = QPushButton()
        self.reset_btn = QPushButton()
        self.export_btn.clicked.connect(self.export)
        self.reset_btn.clicked.connect(self.reset)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.export_btn)
        bar.addWidget(self.reset_btn)
        self.charts = Charts(lang_getter)
        scroll = QScrollArea()
        scroll.setWidget(self.charts)
        scroll.setWidgetResizable(True)
        lay.addLayout(bar)
        lay.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_btn.setText(self.tr("Export as CSV…"))
        self.reset_btn.setText(self.tr("Reset progress…"))
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        answers = list(self.progress.answers())
        right = sum(a.correct for a in answers)
        self.summary.setText(self.tr("{n} answers, {pct}% right").format(
            n=len(answers), pct=round(100 * right / len(answers)) if answers else 0))
        self.charts.set_answers(answers)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export progress"), "progress.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            n = self.progress.export_csv(Path(path))
            QMessageBox.information(self, self.tr("Exported"), self.tr("{n} answers written to {path}.").format(
                n=n, path=path))

    def reset(self) -> None:
        ans = QMessageBox.question(self, self.tr("Reset progress?"),
                                   self.tr("Delete every recorded answer and review schedule? This cannot be undone."))
        if ans == QMessageBox.StandardButton.Yes:
            self.progress.reset()
            self.refresh()
            self.resetDone.emit()


def by_day(answers: list[Answer]) -> dict[date, int]:
    out: dict[date, int] = defaultdict(int)
    for a in answers:
        out[a.answered_at.date()] += 1
    return out
