"""The Quiz tab: the running mode's questions, its end (summary or interview report), or a way in.

It holds the current mode and turns the question view's signals into the
mode's hooks: an answer is recorded by the mode (the outcome tells what to
redraw), N moves on or ends the run, an interview asks for the principle
after each answer and ends on its report. What to do next (review, practice,
another pack) goes back to the window as signals.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..quiz.catalog import pack_progress
from ..quiz.model import Pack
from ..quiz.modes import InterviewMode, Mode, ModeKind
from ..quiz.progress import ProgressError
from ..quiz.report import InterviewReport
from ..quiz.summary import suggest_packs
from .modes_view import InterviewPanel
from .question_view import QuestionView
from .report_view import ReportView
from .summary_view import SummaryView

EMPTY, QUESTION, SUMMARY, REPORT = range(4)

log = logging.getLogger(__name__)


class QuizPage(QWidget):
    changed = Signal()                    # progress changed: cards, practice and statistics redraw
    reviewRequested = Signal(object, object)   # pack id, list[Question]
    practiceRequested = Signal()
    packRequested = Signal(object)        # Pack
    restartRequested = Signal(object)     # Pack id
    backRequested = Signal()

    def __init__(self, lang_getter, packs_getter: Callable[[], list[Pack]], parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.packs = packs_getter
        self.mode: Mode | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.interview_panel = InterviewPanel()
        self.interview_panel.hide()
        self.stack = QStackedWidget()
        self.empty = self._empty_page()
        self.view = QuestionView(lang_getter)
        self.summary = SummaryView(lang_getter)
        self.report = ReportView(lang_getter)
        for w in (self.empty, self.view, self.summary, self.report):
            self.stack.addWidget(w)
        lay.addWidget(self.interview_panel)
        lay.addWidget(self.stack, 1)
        self.view.answered.connect(self._answered)
        self.view.nextRequested.connect(self.advance)
        self.view.hinted.connect(self._hinted)
        self.interview_panel.timeUp.connect(lambda: self.view.submit(force=True))
        self.interview_panel.explained.connect(self._explained)
        self.summary.reviewRequested.connect(lambda qs: self.reviewRequested.emit(self.mode.pack_id if self.mode else "", qs))
        self.summary.practiceRequested.connect(self.practiceRequested.emit)
        self.summary.packRequested.connect(self.packRequested.emit)
        self.summary.restartRequested.connect(lambda: self.mode and self.restartRequested.emit(self.mode.pack_id))
        self.summary.backRequested.connect(self.backRequested.emit)
        self.report.backRequested.connect(self.backRequested.emit)
        self.retranslate()

    def _empty_page(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(40, 40, 40, 40)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("questionTitle")
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setObjectName("muted")
        self.empty_btn = QPushButton()
        self.empty_btn.setProperty("primary", True)
        self.empty_btn.clicked.connect(self.backRequested.emit)
        lay.addStretch(1)
        lay.addWidget(self.empty_title, 0, Qt.AlignmentFlag.AlignHCenter)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_text.setMaximumWidth(560)      # full lines of reading width; the layout gives it its height
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_text, 4)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addSpacing(12)
        lay.addWidget(self.empty_btn, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        return w

    def retranslate(self) -> None:
        self.empty_title.setText(self.tr("No quiz running"))
        self.empty_text.setText(self.tr("Choose a pack to start one: each question shows a Go program and asks "
                                        "where its variables and allocations live."))
        self.empty_btn.setText(self.tr("Choose a pack (Ctrl+1)"))
        for v in (self.view, self.summary, self.report, self.interview_panel):
            v.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ starting
    def start(self, mode: Mode) -> None:
        """Show ``mode``'s current question (a resumed run shows where it was left)."""
        self.stop()
        self.mode = mode
        assert mode.session is not None
        self.view.set_session(mode.session, hints=mode.hints_allowed, feedback=mode.feedback_on_submit)
        self.view.next_btn.setVisible(not mode.timed)
        self.stack.setCurrentIndex(QUESTION)
        if isinstance(mode, InterviewMode):
            self.interview_panel.show()
            self._clock()
        self.view.focus_primary()

    def keep_drafts(self) -> None:
        """Store the running mode's answers placed and not submitted: they come back with the run."""
        if self.mode is not None:
            try:
                self.mode.keep_drafts()
            except ProgressError:
                log.warning("the unsubmitted answers could not be kept", exc_info=True)

    def stop(self) -> None:
        self.keep_drafts()
        self.interview_panel.stop()
        self.interview_panel.hide()
        self.mode = None
        self.stack.setCurrentIndex(EMPTY)

    def page(self) -> int:
        return self.stack.currentIndex()

    def focus(self) -> None:
        """The keyboard to what this page shows."""
        {EMPTY: self.empty_btn.setFocus, QUESTION: self.view.focus_primary, SUMMARY: self.summary.focus_first,
         REPORT: self.report.text.setFocus}[self.page()]()

    def _clock(self) -> None:
        mode = self.mode
        assert isinstance(mode, InterviewMode) and mode.session is not None
        self.interview_panel.start_question(mode.session.index, len(mode.origins),
                                            mode.time_limit(mode.session.index), self.lang())

    # ------------------------------------------------------------ answering and moving on
    def _answered(self) -> None:
        mode = self.mode
        if mode is None:
            return
        try:
            outcome = mode.record()
        except ProgressError as exc:      # a full disk, a busy database: said, and the quiz goes on
            QMessageBox.warning(self, self.tr("Progress"), str(exc))
            return
        self.changed.emit()
        if isinstance(mode, InterviewMode):
            self.interview_panel.set_explaining(True)
        elif mode.kind is ModeKind.PRACTICE:
            self.view.show_due(outcome.due)

    def _hinted(self) -> None:
        if self.mode is None:
            return
        try:
            self.mode.hinted()
        except ProgressError as exc:
            QMessageBox.warning(self, self.tr("Progress"), str(exc))

    def advance(self) -> None:
        """N: the next question, or the end of the run."""
        mode = self.mode
        if mode is None or mode.session is None or mode.timed:
            return
        if mode.session.next() is None:
            self.finish()
            return
        mode.moved()
        self.changed.emit()               # the pack's card says where the run is
        self.view.render()
        self.view.focus_primary()

    def finish(self) -> None:
        mode = self.mode
        if mode is None:
            return
        summary = mode.finish()
        self.changed.emit()
        if isinstance(mode, InterviewMode):
            self.interview_panel.stop()
            self.interview_panel.hide()
            self.show_report(mode.report)
            return
        packs = self.packs()
        done = {pid for pid, pr in pack_progress(mode.progress, packs).items() if pr.done}
        self.summary.show_summary(summary, suggest_packs(summary, packs, done),
                                  can_restart=mode.kind is ModeKind.QUIZ, review=mode.kind is ModeKind.REVIEW)
        self.stack.setCurrentIndex(SUMMARY)
        self.summary.focus_first()

    def _explained(self, principle: str | None) -> None:
        mode = self.mode
        if not isinstance(mode, InterviewMode) or mode.session is None or not mode.session.current.submitted:
            return
        mode.explain(principle)
        if mode.finished:
            self.finish()
            return
        mode.session.next()
        mode.moved()
        self.view.render()
        self._clock()
        self.view.focus_primary()

    def show_report(self, report: InterviewReport) -> None:
        self.report.show_report(report)
        self.stack.setCurrentIndex(REPORT)

    def refresh_theme(self) -> None:
        self.view.code.refresh_theme()
        self.view.fixer.refresh_theme()
        self.view.render()
        self.summary.render()
        self.report.render()
