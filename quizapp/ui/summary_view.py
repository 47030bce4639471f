"""The end of a run: score, time, results per principle, the missed questions, what next.

Handed a ``quiz.summary.Summary`` and the suggested packs; every button
emits what the learner chose and the quiz page starts it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QLabel, QListWidget, QPushButton,
                               QVBoxLayout, QWidget)

from ..quiz.explain import principle_title
from ..quiz.model import Pack
from ..quiz.summary import Summary
from .bars import Bar, BarList
from .keymap import Action, Area, route
from .scrolling import scroll_body


def clock(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


class SummaryView(QWidget):
    reviewRequested = Signal(object)      # list[Question]: the missed (or skipped) ones
    practiceRequested = Signal()
    packRequested = Signal(object)        # Pack
    backRequested = Signal()
    restartRequested = Signal()

    def __init__(self, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.summary: Summary | None = None
        self.suggestions: list[Pack] = []
        self.can_restart = True
        self.review = False
        self.scroll, body = scroll_body(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 16, 24, 16)
        self.heading = QLabel()
        self.heading.setObjectName("questionTitle")
        self.heading.setWordWrap(True)
        self.score = QLabel()
        self.score.setObjectName("bigScore")
        self.details = QLabel()
        self.details.setObjectName("muted")
        self.details.setWordWrap(True)
        lay.addWidget(self.heading)
        lay.addWidget(self.score)
        lay.addWidget(self.details)
        cols = QGridLayout()
        cols.setHorizontalSpacing(28)
        self.principles_title = QLabel()
        self.principles_title.setObjectName("sectionTitle")
        self.bars = BarList()
        self.missed_title = QLabel()
        self.missed_title.setObjectName("sectionTitle")
        self.missed = QListWidget()
        self.missed.setMinimumHeight(90)
        cols.addWidget(self.principles_title, 0, 0)
        cols.addWidget(self.bars, 1, 0, Qt.AlignmentFlag.AlignTop)
        cols.addWidget(self.missed_title, 0, 1)
        cols.addWidget(self.missed, 1, 1)
        cols.setColumnStretch(0, 1)
        cols.setColumnStretch(1, 1)
        lay.addLayout(cols)
        self.next_title = QLabel()
        self.next_title.setObjectName("sectionTitle")
        lay.addWidget(self.next_title)
        self.actions = QVBoxLayout()
        lay.addLayout(self.actions)
        lay.addStretch(1)
        self.buttons: list[QPushButton] = []
        route(self, Area.SUMMARY, {Action.CONFIRM: self._confirm, Action.REVIEW_MISSED: self._review_key,
                                   Action.BACK: lambda _n: self.backRequested.emit() or True,
                                   Action.NEXT_OPTION: lambda _n: self._step(1),
                                   Action.PREVIOUS_OPTION: lambda _n: self._step(-1)})
        self.retranslate()

    def retranslate(self) -> None:
        self.principles_title.setText(self.tr("Per principle"))
        self.missed_title.setText(self.tr("Missed"))
        self.next_title.setText(self.tr("Next steps"))
        self.missed.setAccessibleName(self.tr("Missed questions"))
        self.scroll.setAccessibleName(self.tr("Summary of the run"))
        self.render()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_summary(self, summary: Summary, suggestions: list[Pack], can_restart: bool = True,
                     review: bool = False) -> None:
        """``review``: the run went over missed questions only (its heading says so)."""
        self.summary, self.suggestions, self.can_restart, self.review = summary, suggestions, can_restart, review
        self.render()

    def render(self) -> None:
        s = self.summary
        if s is None:
            return
        lang = self.lang()
        self.heading.setText(self.tr("Review done: {title}").format(title=s.title.get(lang)) if self.review
                             else self.tr("Done: {title}").format(title=s.title.get(lang)))
        answered = len(s.answered)
        self.score.setText(self.tr("{right} of {n} right").format(right=s.right, n=answered) if answered else
                           self.tr("Nothing answered"))
        bits = [self.tr("{pct}% right").format(pct=round(s.score * 100))] if answered else []
        bits.append(self.tr("time {t}").format(t=clock(s.seconds)))
        if s.hints:
            bits.append(self.tr("1 hint used") if s.hints == 1 else self.tr("{n} hints used").format(n=s.hints))
        if s.skipped:
            bits.append(self.tr("1 question skipped") if len(s.skipped) == 1 else
                        self.tr("{n} questions skipped").format(n=len(s.skipped)))
        self.details.setText(" · ".join(bits))
        self.bars.set_bars([Bar(principle_title(p.principle, lang), p.share, f"{p.right}/{p.total}")
                            for p in s.per_principle()])
        self.missed.clear()
        for q in s.missed:
            self.missed.addItem("✘ " + q.title.get(lang))
        for q in s.skipped:
            self.missed.addItem("– " + q.title.get(lang) + "  " + self.tr("(skipped)"))
        if not s.missed and not s.skipped:
            self.missed.addItem(self.tr("Nothing: every answer was right."))
        self._actions()

    def _actions(self) -> None:
        s = self.summary
        assert s is not None
        lang = self.lang()
        for b in self.buttons:
            self.actions.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        entries = []
        if s.missed:
            entries.append((self.tr("Review the {n} missed (R)").format(n=len(s.missed)),
                            lambda: self.reviewRequested.emit(list(s.missed))))
        if s.skipped:
            entries.append((self.tr("Answer the {n} skipped").format(n=len(s.skipped)),
                            lambda: self.reviewRequested.emit(list(s.skipped))))
        entries.append((self.tr("Practise with spaced repetition"), self.practiceRequested.emit))
        for p in self.suggestions:
            entries.append((self.tr("Next pack: {title}").format(title=p.title.get(lang)),
                            lambda p=p: self.packRequested.emit(p)))
        if self.can_restart:
            entries.append((self.tr("Start this pack over"), self.restartRequested.emit))
        entries.append((self.tr("Back to the packs (Esc)"), self.backRequested.emit))
        for i, (text, fn) in enumerate(entries):
            b = QPushButton(text)
            b.setProperty("primary", i == 0)
            b.clicked.connect(fn)
            self.actions.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(b)

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _step(self, delta: int) -> bool:
        """↑ ↓ move between the next-step buttons."""
        i = next((i for i, b in enumerate(self.buttons) if b.hasFocus()), None)
        if i is None or not self.buttons:
            return False
        self.buttons[(i + delta) % len(self.buttons)].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _confirm(self, _n: int | None) -> bool:
        focused = next((b for b in self.buttons if b.hasFocus()), None)
        if focused is None:
            return False
        focused.click()
        return True

    def _review_key(self, _n: int | None) -> bool:
        if self.summary is None or not self.summary.missed:
            return False
        self.reviewRequested.emit(list(self.summary.missed))
        return True
