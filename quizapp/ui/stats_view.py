"""Statistics drawn as charts (QPainter, no extra dependency): accuracy per principle,
answers per day, a streak calendar and time per question. Plus CSV export and reset."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ..analysis.principles import PRINCIPLES, PrincipleId
from ..quiz.progress import Answer, Progress
from . import theme
from .bars import ROW, Bar, paint_bars
from .places import DOCUMENTS, ask_save_path


MIN_HEIGHT = 930
WEEKS = 18


def month_labels(today: date, weeks: int = WEEKS) -> list[tuple[int, int]]:
    """(column, month) for the calendar: each month named at the week holding its 1st (so the
    current month is named even when its 1st is not a Monday), the first column named too
    unless the next name is too close to it."""
    start = today - timedelta(days=7 * (weeks - 1) + today.weekday())
    out: list[tuple[int, int]] = [(0, start.month)]
    for week in range(weeks):
        for wd in range(7):
            day = start + timedelta(7 * week + wd)
            if day.day == 1 and day <= today and (week, day.month) not in out:
                out.append((week, day.month))
    if len(out) > 1 and out[1][0] < 3:
        out.pop(0)
    return out


ACCURACY_H = 30 + ROW * len(PrincipleId) + 10
"""The accuracy chart's height: a row for every principle, however many have answers."""


def regions(w: int, h: int) -> dict[str, QRectF]:
    """Where each chart goes in a w×h area: everything inside it, whatever its height.

    Accuracy per principle spans the whole width, so that the principles' names fit in
    either language; answers per day and the streak share the row below; the times last."""
    h = max(h, MIN_HEIGHT)
    half = (w - 60) / 2
    mid = 10 + ACCURACY_H + 10
    row = max(230.0, (h - mid) * 0.45)
    return {"accuracy": QRectF(20, 10, w - 40, ACCURACY_H), "per_day": QRectF(20, mid, half, row * 0.96),
            "streak": QRectF(40 + half, mid, half, row),
            "times": QRectF(20, mid + row + 15, w - 40, h - mid - row - 25)}


class Charts(QWidget):
    """The four charts, painted from a list of answers, with labelled axes."""

    def __init__(self, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.answers: list[Answer] = []
        self.today = date.today()
        self.setMinimumSize(880, MIN_HEIGHT)

    def set_answers(self, answers: list[Answer], today: date | None = None) -> None:
        self.answers = answers
        self.today = today or date.today()
        self.update()

    def _locale(self) -> QLocale:
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China) if self.lang().startswith("zh") \
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = theme.code_palette()
        fg = QColor(theme.ui_palette()["text"])
        where = regions(self.width(), self.height())
        self._accuracy(p, where["accuracy"], fg)
        self._per_day(p, where["per_day"], pal, fg)
        self._streak(p, where["streak"], pal, fg)
        self._times(p, where["times"], pal, fg)
        p.end()

    def _title(self, p: QPainter, r: QRectF, text: str, fg: QColor) -> None:
        f = QFont(self.font())
        f.setBold(True)
        f.setPointSizeF(11)
        p.setFont(f)
        p.setPen(fg)
        p.drawText(QRectF(r.x(), r.y(), r.width(), 22), Qt.AlignmentFlag.AlignLeft, text)
        f.setBold(False)
        f.setPointSizeF(9)
        p.setFont(f)

    def _accuracy(self, p: QPainter, r: QRectF, fg: QColor) -> None:
        self._title(p, r, self.tr("Accuracy per principle (answers)"), fg)
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for a in self.answers:
            for pr in a.principles:
                total[pr] += 1
                right[pr] += a.correct
        bars = [Bar(PRINCIPLES[pid].title(self.lang()), right[pid.value] / total[pid.value], f"({total[pid.value]})")
                for pid in PrincipleId if pid.value in total]
        if not bars:
            p.setPen(fg)
            p.drawText(QRectF(r.x(), r.y() + 30, r.width(), 20), Qt.AlignmentFlag.AlignLeft, self.tr("No answers yet"))
            return
        paint_bars(p, QRectF(r.x(), r.y() + 30, r.width(), r.height() - 30), bars, fg)

    def _axes(self, p: QPainter, plot: QRectF, fg: QColor, y_label: str, x_label: str, peak: int) -> None:
        """Axis lines, the y axis' 0 and peak, and the axis titles."""
        pal = theme.code_palette()
        p.setPen(QPen(QColor(pal["muted"]), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        p.setPen(fg)
        fm = p.fontMetrics()
        p.drawText(QRectF(plot.x() - 34, plot.y() - 8, 30, 16), Qt.AlignmentFlag.AlignRight, str(peak))
        p.drawText(QRectF(plot.x() - 34, plot.bottom() - 8, 30, 16), Qt.AlignmentFlag.AlignRight, "0")
        p.save()
        p.translate(plot.x() - 38, plot.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-plot.height() / 2, -fm.height(), plot.height(), fm.height()),
                   Qt.AlignmentFlag.AlignCenter, y_label)
        p.restore()
        p.drawText(QRectF(plot.x(), plot.bottom() + 18, plot.width(), fm.height() + 2),
                   Qt.AlignmentFlag.AlignHCenter, x_label)

    def _per_day(self, p: QPainter, r: QRectF, pal: dict, fg: QColor) -> None:
        self._title(p, r, self.tr("Answers per day (last 30 days)"), fg)
        days = Counter(a.answered_at.astimezone().date() for a in self.answers)
        peak = max([days[self.today - timedelta(d)] for d in range(30)] + [1])
        fm = p.fontMetrics()
        plot = QRectF(r.x() + 48, r.y() + 32, r.width() - 56, r.height() - 32 - 2 * fm.height() - 8)
        col_w = plot.width() / 30
        colour = QColor(pal["site"])
        for i in range(30):
            d = self.today - timedelta(29 - i)
            h = plot.height() * days[d] / peak
            p.setBrush(colour)
            p.setPen(QPen(colour, 1))
            p.drawRect(QRectF(plot.x() + i * col_w + 1, plot.bottom() - h, max(1.0, col_w - 2), h))
        self._axes(p, plot, fg, self.tr("answers"), "", peak)
        loc = self._locale()
        p.setPen(fg)
        for i, align in ((0, Qt.AlignmentFlag.AlignLeft), (15, Qt.AlignmentFlag.AlignHCenter),
                         (29, Qt.AlignmentFlag.AlignRight)):
            d = self.today - timedelta(29 - i)
            label = loc.toString(QDate(d.year, d.month, d.day), "MMM d" if not self.lang().startswith("zh") else "M月d日")
            x = plot.x() + i * col_w + col_w / 2
            box = QRectF(x - 60, plot.bottom() + 2, 120, fm.height())
            if align == Qt.AlignmentFlag.AlignLeft:
                box = QRectF(plot.x(), plot.bottom() + 2, 120, fm.height())
            elif align == Qt.AlignmentFlag.AlignRight:
                box = QRectF(plot.right() - 120, plot.bottom() + 2, 120, fm.height())
            p.drawText(box, align, label)

    def _streak(self, p: QPainter, r: QRectF, pal: dict, fg: QColor) -> None:
        days = {a.answered_at.astimezone().date() for a in self.answers}
        streak = 0
        d = self.today
        while d in days:
            streak += 1
            d -= timedelta(1)
        self._title(p, r, self.tr("Streak: 1 day") if streak == 1 else self.tr("Streak: {n} days").format(n=streak), fg)
        fm = p.fontMetrics()
        loc = self._locale()
        label_w = max(fm.horizontalAdvance(loc.dayName(i, QLocale.FormatType.ShortFormat)) for i in (1, 3, 5)) + 6
        top = r.y() + 30 + fm.height()
        cell = min((r.width() - label_w - 10) / WEEKS, (r.height() - 60 - fm.height()) / 7)
        start = self.today - timedelta(days=7 * (WEEKS - 1) + self.today.weekday())
        p.setPen(fg)
        for wd in (0, 2, 4):
            p.drawText(QRectF(r.x(), top + wd * cell, label_w - 4, cell), Qt.AlignmentFlag.AlignRight |
                       Qt.AlignmentFlag.AlignVCenter, loc.dayName(wd + 1, QLocale.FormatType.ShortFormat))
        for week, month in month_labels(self.today):
            p.drawText(QRectF(r.x() + label_w + week * cell, r.y() + 28, cell * 4, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, loc.monthName(month, QLocale.FormatType.ShortFormat))
        for week in range(WEEKS):
            first = start + timedelta(7 * week)
            for wd in range(7):
                day = first + timedelta(wd)
                if day > self.today:
                    continue
                c = QColor(pal["right"]) if day in days else QColor(pal["gutter_bg"])
                p.setBrush(c)
                p.setPen(QPen(QColor(pal["muted"]), 0.5))
                p.drawRect(QRectF(r.x() + label_w + week * cell, top + wd * cell, cell - 2, cell - 2))
        ly = top + 7 * cell + 6
        for i, (colour, text) in enumerate(((pal["right"], self.tr("answered")), (pal["gutter_bg"], self.tr("no answers")))):
            x = r.x() + label_w + i * 130
            p.setBrush(QColor(colour))
            p.setPen(QPen(QColor(pal["muted"]), 0.5))
            p.drawRect(QRectF(x, ly + 3, 10, 10))
            p.setPen(fg)
            p.drawText(QRectF(x + 14, ly, 110, fm.height()), Qt.AlignmentFlag.AlignLeft, text)

    def _times(self, p: QPainter, r: QRectF, pal: dict, fg: QColor) -> None:
        self._title(p, r, self.tr("Time per question"), fg)
        bins = [10, 20, 30, 45, 60, 90, 120, 180, 10_000]
        labels = ["<10s", "<20s", "<30s", "<45s", "<1m", "<1.5m", "<2m", "<3m", "3m+"]
        counts = [0] * len(bins)
        for a in self.answers:
            counts[next(i for i, b in enumerate(bins) if a.seconds < b)] += 1
        peak = max(counts + [1])
        fm = p.fontMetrics()
        plot = QRectF(r.x() + 48, r.y() + 34 + fm.height(), r.width() - 56, r.height() - 40 - 3 * fm.height() - 10)
        col_w = plot.width() / len(bins)
        colour = QColor(pal["stack"])
        for i, c in enumerate(counts):
            h = plot.height() * c / peak
            p.setBrush(colour)
            p.setPen(QPen(colour, 1))
            p.drawRect(QRectF(plot.x() + i * col_w + 6, plot.bottom() - h, col_w - 12, h))
            p.setPen(fg)
            p.drawText(QRectF(plot.x() + i * col_w, plot.bottom() + 2, col_w, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, labels[i])
            if c:
                p.drawText(QRectF(plot.x() + i * col_w, plot.bottom() - h - fm.height() - 2, col_w, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, str(c))
        self._axes(p, plot, fg, self.tr("answers"), self.tr("time taken per answer"), peak)


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
        self.scroll = scroll
        scroll.setWidget(self.charts)
        scroll.setWidgetResizable(True)
        lay.addLayout(bar)
        lay.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_btn.setText(self.tr("Export as CSV…"))
        self.reset_btn.setText(self.tr("Reset progress…"))
        self.charts.setAccessibleName(self.tr("Charts of your answers"))
        self.scroll.setAccessibleName(self.tr("Charts of your answers"))
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        answers = list(self.progress.answers())
        right = sum(a.correct for a in answers)
        n = len(answers)
        pct = round(100 * right / n) if n else 0
        self.summary.setText(self.tr("No answers yet") if not n else
                             self.tr("1 answer, {pct}% right").format(pct=pct) if n == 1 else
                             self.tr("{n} answers, {pct}% right").format(n=n, pct=pct))
        self.charts.set_answers(answers)

    def export(self) -> None:
        path = ask_save_path(self, self.tr("Export progress"), "progress.csv", self.tr("CSV files (*.csv)"),
                             DOCUMENTS)
        if path is not None:
            try:
                n = self.progress.export_csv(path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Cannot export"), f"{path}: {exc.strerror}")
                return
            QMessageBox.information(self, self.tr("Exported"), self.tr("1 answer written to {path}.").format(path=path)
                                    if n == 1 else self.tr("{n} answers written to {path}.").format(n=n, path=path))

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
