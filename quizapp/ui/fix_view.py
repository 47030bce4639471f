"""A fix question's answer panel: the code to edit, Check, Reset and the model solution.

The question's own code stays on the left, read-only, with the marked site
highlighted; the learner edits a copy here. Check hands the copy to
``quiz.fix.grade_in`` (a worker process with a time and memory limit, driven
through ``busy.run_busy``, so the window keeps repainting and a slow check
shows a progress dialog) and gives the result to the session: the first
judged check is the answer the mode records; an edit that does not compile
or cannot be judged only gets feedback. The model solution is shown once the
learner has made an attempt (never in an interview).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..quiz.fix import LIMITS, FixResult, grade_in
from ..quiz.model import QuestionKind
from ..quiz.session import QuestionState
from ..worker import Worker
from .codeview import CodeView
from .keymap import Action, Area, route

if TYPE_CHECKING:
    from .question_view import QuestionView


def tr(text: str) -> str:
    return QCoreApplication.translate("FixView", text)


def start_code(st: QuestionState) -> str:
    """What the editor starts from: the learner's edit, else the question's code as shown."""
    return st.edited if st.edited is not None else st.question.code.strip("\n") + "\n"


class FixPanel(QWidget):
    """The widgets: an instruction, the editor and the model solution in tabs, the buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.tabs = QTabWidget()
        self.editor = CodeView(editable=True)
        self.solution = CodeView()
        self.tabs.addTab(self.editor, "")
        self.tabs.addTab(self.solution, "")
        buttons = QHBoxLayout()
        self.reset_btn = QPushButton()
        self.solution_btn = QPushButton()
        self.check_btn = QPushButton()
        self.check_btn.setProperty("primary", True)
        buttons.addWidget(self.reset_btn)
        buttons.addWidget(self.solution_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.check_btn)
        lay.addWidget(self.label)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)


class FixController:
    """Ties the panel to the question view's session; one per question view."""

    def __init__(self, view: QuestionView) -> None:
        self.view = view
        self.panel = FixPanel(view)
        self.worker: Worker | None = None
        self.checking = False
        self._shown: QuestionState | None = None
        p = self.panel
        p.check_btn.clicked.connect(self.check)
        p.reset_btn.clicked.connect(self.reset)
        p.solution_btn.clicked.connect(self.show_solution)
        p.editor.textChanged.connect(self._typed)
        route(p.editor, Area.EDITOR, {Action.CHECK: lambda _n: self.check(),
                                      Action.RESET_CODE: lambda _n: self.reset(),
                                      Action.LEAVE_TEXT: lambda _n: self._leave()})
        view.destroyed.connect(self.close)

    # ------------------------------------------------------------ state
    def _state(self) -> QuestionState | None:
        s = self.view.session
        if s is None or s.current.question.kind is not QuestionKind.FIX:
            return None
        return s.current

    def _locked(self, st: QuestionState) -> bool:
        """An interview takes one judged check, unseen; practice may keep trying."""
        return st.submitted and not self.view.feedback_on_submit

    def _typed(self) -> None:
        st = self._state()
        if st is not None and self._shown is st and self.view.session is not None:
            self.view.session.edit(self.panel.editor.toPlainText())
            self._buttons(st)

    # ------------------------------------------------------------ rendering
    def render(self, st: QuestionState, reveal: bool) -> None:
        p = self.panel
        if self._shown is not st:
            self._shown = None                    # setPlainText must not count as the learner's edit
            p.editor.setPlainText(start_code(st))
            p.solution.setPlainText(st.question.solution.strip("\n") + "\n")
            p.tabs.setCurrentIndex(0)
            self._shown = st
        p.label.setText(tr("Edit the code so that {site} on the line marked {marker} stays on the stack "
                           "and the program prints the same. Keep the marker on that line: deleting the "
                           "site does not count.").format(site=st.question.why_site, marker="// want: stack"))
        p.tabs.setTabText(0, tr("Your code"))
        p.tabs.setTabText(1, tr("Model solution"))
        p.editor.setAccessibleName(tr("Your code (editable)"))
        p.solution.setAccessibleName(tr("Model solution"))
        p.editor.setReadOnly(self._locked(st))
        self._buttons(st)
        off = len(st.question.code) - len(st.question.code.lstrip("\n"))
        key = st.key
        sites = key.sites if key is not None else []
        self.view.code.set_marks([self.view._mark(st, s, off, "", "selected") for s in sites[:1]])

    def _buttons(self, st: QuestionState) -> None:
        p = self.panel
        shown = self.view.feedback_on_submit and st.submitted
        p.tabs.setTabEnabled(1, shown)
        p.check_btn.setText(tr("Check (Ctrl+Enter)"))
        p.check_btn.setAccessibleName(tr("Check your fix"))
        p.check_btn.setEnabled(not self.checking and not self._locked(st) and st.key is not None)
        p.reset_btn.setText(tr("Reset"))
        p.reset_btn.setToolTip(tr("Back to the question's code (Ctrl+Shift+R)"))
        p.reset_btn.setEnabled(not self._locked(st) and start_code(st) != st.question.code.strip("\n") + "\n")
        p.solution_btn.setText(tr("Model solution"))
        p.solution_btn.setToolTip(tr("Shown after your first judged check") if not shown else "")
        p.solution_btn.setEnabled(shown)

    # ------------------------------------------------------------ actions
    def check(self) -> bool:
        """Judge the edit off the GUI thread; the session records the first judged check."""
        st = self._state()
        if st is None or self.checking or st.key is None or self._locked(st) or self.view.session is None:
            return False
        from .busy import run_busy
        code = self.panel.editor.toPlainText()
        self.view.session.edit(code)
        if self.worker is None:
            self.worker = Worker(LIMITS)
        worker = self.worker
        self.checking = True
        self._buttons(st)
        try:
            result: FixResult = run_busy(self.view, tr("Checking your fix…"),
                                         lambda: grade_in(worker, st.question, code))
        finally:
            self.checking = False
        session = self.view.session
        if session is None or session.current is not st:
            return True                         # the learner moved on meanwhile: nothing to show
        graded = session.check_fix(result)
        if graded is not None:
            self.view.answered.emit()
        self.view.feedback_tabs.setCurrentIndex(0)
        self.view.render()
        return True

    def reset(self) -> bool:
        st = self._state()
        if st is None or self._locked(st):
            return False
        self.panel.editor.setPlainText(st.question.code.strip("\n") + "\n")
        self.panel.tabs.setCurrentIndex(0)
        self.panel.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_solution(self) -> bool:
        st = self._state()
        if st is None or not self.panel.tabs.isTabEnabled(1):
            return False
        self.panel.tabs.setCurrentIndex(1)
        return True

    def _leave(self) -> bool:
        self.panel.check_btn.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_font_size(self, points: int) -> None:
        self.panel.editor.set_font_size(points)
        self.panel.solution.set_font_size(points)

    def refresh_theme(self) -> None:
        self.panel.editor.refresh_theme()
        self.panel.solution.refresh_theme()

    def close(self) -> None:
        """End the worker process (the view is going away, or the app is closing)."""
        if self.worker is not None:
            self.worker.close()
            self.worker = None
