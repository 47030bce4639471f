"""Practice and mock interviews: what is due, how to start, past interviews; the interview's clock.

``PracticeView`` shows the schedule (due today, new, the next review),
mastery per principle (the same bars as the summary and Statistics) and the
history of mock interviews, whose reports reopen on Enter.
``InterviewPanel`` sits above an interview's question: the countdown, then
the "explain your answer" step.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..analysis.principles import PRINCIPLES, PrincipleId
from ..quiz.model import Difficulty, Pack
from ..quiz.modes import mix_counts
from ..quiz.progress import Progress
from ..quiz.report import load_report
from ..quiz.scheduler import Scheduler, mastery
from .bars import Bar, BarList
from .keymap import Action, Area, route
from .scrolling import scroll_body


class PracticeView(QWidget):
    """Choose what to practise; see what is due, mastery per principle, past interviews."""

    startPractice = Signal(object, object)   # principle id or None, pack id or None
    startInterview = Signal(int, object)     # length, difficulty or None
    reportRequested = Signal(int)            # attempt id of a past interview

    def __init__(self, progress: Progress, scheduler: Scheduler, lang_getter,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self.scheduler = scheduler
        self.lang = lang_getter
        self.packs: list[Pack] = []
        self.scroll, body = scroll_body(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(16, 12, 16, 12)
        self.practice_title = QLabel()
        self.practice_title.setObjectName("questionTitle")
        self.due = QLabel()
        self.due.setObjectName("sectionTitle")
        self.due.setWordWrap(True)
        self.practice_intro = QLabel()
        self.practice_intro.setWordWrap(True)
        self.practice_intro.setObjectName("muted")
        form = QFormLayout()
        self.principle = QComboBox()
        self.pack = QComboBox()
        self.principle_label, self.pack_label = QLabel(), QLabel()
        form.addRow(self.principle_label, self.principle)
        form.addRow(self.pack_label, self.pack)
        self.practice_btn = QPushButton()
        self.practice_btn.setProperty("primary", True)
        self.practice_btn.clicked.connect(self._start_practice)
        self.interview_title = QLabel()
        self.interview_title.setObjectName("questionTitle")
        self.interview_intro = QLabel()
        self.interview_intro.setWordWrap(True)
        self.interview_intro.setObjectName("muted")
        iform = QFormLayout()
        self.length = QSpinBox()
        self.length.setRange(1, 30)
        self.length.setValue(5)
        self.difficulty = QComboBox()
        self.length_label, self.diff_label = QLabel(), QLabel()
        iform.addRow(self.length_label, self.length)
        iform.addRow(self.diff_label, self.difficulty)
        self.mix = QLabel()
        self.mix.setObjectName("muted")
        self.mix.setWordWrap(True)
        self.length.valueChanged.connect(lambda _v: self._mix_text())
        self.difficulty.currentIndexChanged.connect(lambda _i: self._mix_text())
        self.interview_btn = QPushButton()
        self.interview_btn.clicked.connect(lambda: self.startInterview.emit(self.length.value(), self.chosen_difficulty()))
        self.mastery_title = QLabel()
        self.mastery_title.setObjectName("sectionTitle")
        self.bars = BarList()
        self.no_mastery = QLabel()
        self.no_mastery.setObjectName("muted")
        self.no_mastery.setWordWrap(True)
        self.history_title = QLabel()
        self.history_title.setObjectName("sectionTitle")
        self.history = QListWidget()
        self.history.setMinimumHeight(120)
        self.history.itemActivated.connect(self._open_report)
        cols = QHBoxLayout()
        left = QVBoxLayout()
        for w in (self.practice_title, self.due, self.practice_intro):
            left.addWidget(w)
        left.addLayout(form)
        left.addWidget(self.practice_btn, 0, Qt.AlignmentFlag.AlignLeft)
        left.addSpacing(20)
        for w in (self.interview_title, self.interview_intro):
            left.addWidget(w)
        left.addLayout(iform)
        left.addWidget(self.mix)
        left.addWidget(self.interview_btn, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.mastery_title)
        right.addWidget(self.bars)
        right.addWidget(self.no_mastery)
        right.addSpacing(12)
        right.addWidget(self.history_title)
        right.addWidget(self.history, 1)
        cols.addLayout(left, 1)
        cols.addSpacing(30)
        cols.addLayout(right, 1)
        lay.addLayout(cols)
        self.retranslate()

    def retranslate(self) -> None:
        self.practice_title.setText(self.tr("Practice"))
        self.practice_intro.setText(self.tr("Questions due for review come first, then new ones from easy "
                                            "to hard. Quick right answers come back later, wrong ones soon; "
                                            "an answer after a hint counts as hard."))
        self.principle_label.setText(self.tr("Principle"))
        self.pack_label.setText(self.tr("Pack"))
        self.practice_btn.setText(self.tr("Start practice"))
        self.interview_title.setText(self.tr("Mock interview"))
        self.interview_intro.setText(self.tr("A timed series of questions, as in an interview: no hints, and "
                                             "no feedback until the report. After each answer you name the "
                                             "principle behind it."))
        self.length_label.setText(self.tr("Questions"))
        self.diff_label.setText(self.tr("Difficulty"))
        self.interview_btn.setText(self.tr("Start the interview"))
        self.mastery_title.setText(self.tr("Mastery per principle (last 20 answers each)"))
        self.no_mastery.setText(self.tr("Answer a few questions to see your mastery."))
        self.history_title.setText(self.tr("Past interviews (Enter opens the report)"))
        for w, name in ((self.scroll, self.tr("Practice and mock interviews")),
                        (self.principle, self.tr("Principle to practise")), (self.pack, self.tr("Pack to practise")),
                        (self.length, self.tr("Number of interview questions")),
                        (self.difficulty, self.tr("Interview difficulty")), (self.history, self.tr("Past interviews"))):
            w.setAccessibleName(name)
        self._fill_combos()
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_packs(self, packs: list[Pack]) -> None:
        self.packs = packs
        self._fill_combos()
        self.refresh()

    def _fill_combos(self) -> None:
        lang = self.lang()
        keep = (self.principle.currentData(), self.pack.currentData(), self.difficulty.currentIndex())
        for combo in (self.principle, self.pack, self.difficulty):
            combo.blockSignals(True)
            combo.clear()
        self.principle.addItem(self.tr("All principles"), None)
        for pid in PrincipleId:
            if pid is not PrincipleId.INLINING:
                self.principle.addItem(PRINCIPLES[pid].title(lang), pid.value)
        self.pack.addItem(self.tr("All packs"), None)
        for p in self.packs:
            self.pack.addItem(p.title.get(lang), p.id)
        self.difficulty.addItem(self.tr("Mixed"), None)
        for d, label in ((Difficulty.EASY, self.tr("easy")), (Difficulty.MEDIUM, self.tr("medium")),
                         (Difficulty.HARD, self.tr("hard"))):
            self.difficulty.addItem(label, d)
        self.principle.setCurrentIndex(max(0, self.principle.findData(keep[0])))
        self.pack.setCurrentIndex(max(0, self.pack.findData(keep[1])))
        self.difficulty.setCurrentIndex(max(0, keep[2]))
        for combo in (self.principle, self.pack, self.difficulty):
            combo.blockSignals(False)
        self._mix_text()

    def chosen_difficulty(self) -> Difficulty | None:
        """The interview's difficulty (None: the documented mix); combo data comes back as text."""
        d = self.difficulty.currentData()
        return Difficulty(d) if d is not None else None

    def _mix_text(self) -> None:
        if self.difficulty.currentData() is not None:
            self.mix.setText(self.tr("Every question {d}; easiest first.").format(d=self.difficulty.currentText()))
            return
        m = mix_counts(self.length.value())
        self.mix.setText(self.tr("Mixed: {e} easy, {m} medium, {h} hard (40 % / 40 % / 20 %), easiest first.").format(
            e=m[Difficulty.EASY], m=m[Difficulty.MEDIUM], h=m[Difficulty.HARD]))

    def _start_practice(self) -> None:
        self.startPractice.emit(self.principle.currentData(), self.pack.currentData())

    def refresh(self) -> None:
        lang = self.lang()
        d = self.scheduler.due_summary(self.packs)
        due = self.tr("1 question due today") if d.due_now == 1 else \
            self.tr("{n} questions due today").format(n=d.due_now)
        new = self.tr("1 new") if d.new == 1 else self.tr("{n} new").format(n=d.new)
        nxt = ""
        if d.next_due is not None:
            days = max(0, round((d.next_due - datetime.now(timezone.utc)).total_seconds() / 86400))
            nxt = self.tr("next review later today") if days == 0 else self.tr("next review tomorrow") if days == 1 \
                else self.tr("next review in {n} days ({date})").format(n=days, date=d.next_due.date().isoformat())
        self.due.setText(" · ".join(x for x in (due, new, nxt) if x))
        m = mastery(self.progress)
        bars = [Bar(PRINCIPLES[pid].title(lang), m[pid.value]) for pid in PrincipleId if pid.value in m]
        self.bars.set_bars(bars)
        self.bars.setVisible(bool(bars))
        self.no_mastery.setVisible(not bars)
        self.history.clear()
        for a in self.progress.attempts(mode="interview"):
            if not a.finished:
                continue
            report = load_report(a.report)
            if report is None:
                continue
            when = a.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(self.tr("{when} · {n} questions · {pct}%").format(
                when=when, n=len(report.items), pct=round(report.score * 100)))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.history.addItem(item)
        if not self.history.count():
            empty = QListWidgetItem(self.tr("No interview yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history.addItem(empty)

    def _open_report(self, item: QListWidgetItem | None) -> bool:
        aid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if aid is None:
            return False
        self.reportRequested.emit(int(aid))
        return True


class InterviewPanel(QWidget):
    """Above the question during an interview: the countdown, then "explain your answer"."""

    timeUp = Signal()
    explained = Signal(object)   # principle id (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 0)
        self.progress_label = QLabel()
        self.clock = QLabel()
        f = self.clock.font()
        f.setPointSize(16)
        f.setBold(True)
        self.clock.setFont(f)
        self.explain_label = QLabel()
        self.principle = QComboBox()
        self.principle.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.next_btn = QPushButton()
        self.next_btn.setProperty("primary", True)
        self.next_btn.clicked.connect(self._confirm)
        self.note = QLabel()                  # "no principle chosen: Enter again to go on without one"
        self.note.setObjectName("wrong")
        self.note.setWordWrap(True)
        self.principle.currentIndexChanged.connect(lambda _i: self._disarm())
        self.skip_armed = False
        for w in (self.progress_label, self.clock):
            lay.addWidget(w)
        lay.addStretch(1)
        for w in (self.explain_label, self.principle, self.note, self.next_btn):
            lay.addWidget(w)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self.deadline = 0.0
        self.lang = "en"
        self.last = False
        for w in (self.principle, self.next_btn):
            route(w, Area.INTERVIEW, {Action.CONFIRM: lambda _n: self._confirm()})
        self.retranslate()

    def retranslate(self) -> None:
        self.explain_label.setText(self.tr("Explain your answer — the principle:"))
        self.next_btn.setText(self.tr("See the report (Enter)") if self.last else self.tr("Next question (Enter)"))
        self.principle.setAccessibleName(self.tr("The principle behind your answer"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start_question(self, i: int, n: int, seconds: int, lang: str) -> None:
        self.lang = lang
        self.last = i + 1 >= n
        self.progress_label.setText(self.tr("Question {i} of {n}").format(i=i + 1, n=n))
        self.deadline = time.monotonic() + seconds
        self.set_explaining(False)
        self.timer.start()
        self._tick()
        self.retranslate()

    def set_explaining(self, on: bool) -> None:
        for w in (self.explain_label, self.principle, self.next_btn):
            w.setVisible(on)
        self._disarm()
        if on:
            self.timer.stop()
            self.principle.clear()
            self.principle.addItem(self.tr("(choose)"), None)
            for pid in PrincipleId:
                if pid is not PrincipleId.INLINING:
                    self.principle.addItem(PRINCIPLES[pid].title(self.lang), pid.value)
            self.principle.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm(self) -> bool:
        if not self.next_btn.isVisible():
            return False
        if self.principle.currentData() is None and not self.skip_armed:
            self.skip_armed = True            # asked once: a second Enter goes on without one
            self.note.setText(self.tr("No principle chosen. Choose one, or press Enter again to go on "
                                      "without one."))
            self.note.show()
            return True
        self.explained.emit(self.principle.currentData())
        return True

    def _disarm(self) -> None:
        self.skip_armed = False
        self.note.hide()

    def stop(self) -> None:
        self.timer.stop()

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def _tick(self) -> None:
        left = self.remaining()
        self.clock.setText(self.tr("Time left {m}:{s}").format(m=int(left) // 60, s=f"{int(left) % 60:02d}")
                           if left > 0 else self.tr("Time is up"))
        self.clock.setObjectName("wrong" if left <= 0 else "")
        self.clock.style().unpolish(self.clock)
        self.clock.style().polish(self.clock)
        if left <= 0 and self.timer.isActive():
            self.timer.stop()
            self.timeUp.emit()
