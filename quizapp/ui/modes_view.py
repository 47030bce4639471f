"""Starting practice and mock interviews, and the interview's clock and report."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QMessageBox, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..analysis.principles import PRINCIPLES, PrincipleId
from ..quiz.model import Difficulty, Pack
from ..quiz.modes import InterviewMode, report_html
from ..quiz.progress import Progress
from ..quiz.scheduler import mastery


class PracticeView(QWidget):
    """Choose what to practise; see mastery per principle."""

    startPractice = Signal(object, object)   # principle id or None, pack id or None
    startInterview = Signal(int, object)     # length, difficulty or None

    def __init__(self, progress: Progress, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.progress = progress
        self.lang = lang_getter
        self.packs: list[Pack] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        self.practice_title = QLabel()
        self.practice_title.setObjectName("questionTitle")
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
        self.interview_btn = QPushButton()
        self.interview_btn.clicked.connect(
            lambda: self.startInterview.emit(self.length.value(), self.difficulty.currentData()))
        self.mastery_title = QLabel()
        self.mastery_title.setObjectName("questionTitle")
        self.mastery_box = QVBoxLayout()
        cols = QHBoxLayout()
        left = QVBoxLayout()
        for w in (self.practice_title, self.practice_intro):
            left.addWidget(w)
        left.addLayout(form)
        left.addWidget(self.practice_btn, 0, Qt.AlignmentFlag.AlignLeft)
        left.addSpacing(24)
        for w in (self.interview_title, self.interview_intro):
            left.addWidget(w)
        left.addLayout(iform)
        left.addWidget(self.interview_btn, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.mastery_title)
        right.addLayout(self.mastery_box)
        right.addStretch(1)
        cols.addLayout(left, 1)
        cols.addSpacing(30)
        cols.addLayout(right, 1)
        lay.addLayout(cols)
        self.retranslate()

    def retranslate(self) -> None:
        self.practice_title.setText(self.tr("Practice"))
        self.practice_intro.setText(self.tr("Questions due for review come first, then new ones from easy "
                                            "to hard. Quick right answers come back later, wrong ones soon."))
        self.principle_label.setText(self.tr("Principle"))
        self.pack_label.setText(self.tr("Pack"))
        self.practice_btn.setText(self.tr("Start practice"))
        self.interview_title.setText(self.tr("Mock interview"))
        self.interview_intro.setText(self.tr("A timed series of questions, as in an interview. Each answer "
                                             "is submitted when its time runs out; you then name the principle."))
        self.length_label.setText(self.tr("Questions"))
        self.diff_label.setText(self.tr("Difficulty"))
        self.interview_btn.setText(self.tr("Start the interview"))
        self.mastery_title.setText(self.tr("Mastery per principle"))
        self._fill_combos()
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_packs(self, packs: list[Pack]) -> None:
        self.packs = packs
        self._fill_combos()

    def _fill_combos(self) -> None:
        lang = self.lang()
        self.principle.clear()
        self.principle.addItem(self.tr("All principles"), None)
        for pid in PrincipleId:
            if pid is not PrincipleId.INLINING:
                self.principle.addItem(PRINCIPLES[pid].title(lang), pid.value)
        self.pack.clear()
        self.pack.addItem(self.tr("All packs"), None)
        for p in self.packs:
            self.pack.addItem(p.title.get(lang), p.id)
        self.difficulty.clear()
        self.difficulty.addItem(self.tr("Mixed"), None)
        for d, label in ((Difficulty.EASY, self.tr("easy")), (Difficulty.MEDIUM, self.tr("medium")),
                         (Difficulty.HARD, self.tr("hard"))):
            self.difficulty.addItem(label, d)

    def _start_practice(self) -> None:
        self.startPractice.emit(self.principle.currentData(), self.pack.currentData())

    def refresh(self) -> None:
        while self.mastery_box.count():
            item = self.mastery_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        m = mastery(self.progress)
        if not m:
            self.mastery_box.addWidget(QLabel(self.tr("Answer a few questions to see your mastery.")))
            return
        lang = self.lang()
        for pid in PrincipleId:
            if pid.value not in m:
                continue
            row = QWidget()
            rl = QHBoxLayout(row)
            rl.setContentsMargins(0, 0, 0, 0)
            label = QLabel(PRINCIPLES[pid].title(lang))
            label.setMinimumWidth(220)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round(m[pid.value] * 100))
            bar.setFormat("%p%")
            bar.setAccessibleName(PRINCIPLES[pid].title(lang))
            rl.addWidget(label)
            rl.addWidget(bar, 1)
            self.mastery_box.addWidget(row)


class InterviewPanel(QWidget):
    """Above the question during an interview: the countdown, then 'explain your answer'."""

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
        self.next_btn = QPushButton()
        self.next_btn.clicked.connect(lambda: self.explained.emit(self.principle.currentData()))
        for w in (self.progress_label, self.clock):
            lay.addWidget(w)
        lay.addStretch(1)
        for w in (self.explain_label, self.principle, self.next_btn):
            lay.addWidget(w)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self.deadline = 0.0
        self.lang = "en"
        self.retranslate()

    def retranslate(self) -> None:
        self.explain_label.setText(self.tr("Explain your answer — the principle:"))
        self.next_btn.setText(self.tr("Next question"))
        self.principle.setAccessibleName(self.tr("The principle behind your answer"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start_question(self, i: int, n: int, seconds: int, lang: str) -> None:
        self.lang = lang
        self.progress_label.setText(self.tr("Question {i} of {n}").format(i=i + 1, n=n))
        self.deadline = time.monotonic() + seconds
        self.set_explaining(False)
        self.timer.start()
        self._tick()

    def set_explaining(self, on: bool) -> None:
        for w in (self.explain_label, self.principle, self.next_btn):
            w.setVisible(on)
        if on:
            self.timer.stop()
            self.principle.clear()
            self.principle.addItem(self.tr("(choose)"), None)
            for pid in PrincipleId:
                if pid is not PrincipleId.INLINING:
                    self.principle.addItem(PRINCIPLES[pid].title(self.lang), pid.value)

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def _tick(self) -> None:
        left = self.remaining()
        self.clock.setText(self.tr("Time left {m}:{s}").format(m=int(left) // 60, s=f"{int(left) % 60:02d}"))
        if left <= 0 and self.timer.isActive():
            self.timer.stop()
            self.timeUp.emit()


def show_report(parent: QWidget, mode: InterviewMode, lang: str) -> None:
    r = mode.report
    from ..analysis.principles import PRINCIPLES as P
    weak = ", ".join(P[PrincipleId(p)].title(lang) for p in r.weak_principles()
                     if p in PrincipleId._value2member_map_) or "—"
    review = "\n".join("• " + x.question.title.get(lang) for x in r.to_review()) or "—"
    box = QMessageBox(parent)
    box.setWindowTitle(QMessageBox.tr("Interview report"))
    box.setText(parent.tr("Score: {score}%   Time: {t} s\nWeak principles: {weak}\nTo review:\n{review}").format(
        score=round(r.score * 100), t=round(r.seconds), weak=weak, review=review))
    export = box.addButton(parent.tr("Export as HTML…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is export:
        path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Export the report"), "interview.html",
                                              parent.tr("HTML files (*.html)"))
        if path:
            Path(path).write_text(report_html(r, lang), encoding="utf-8")
