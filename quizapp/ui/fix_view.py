"""A fix question's answer panel: the code to edit, Check, Reset and the model solution.

The editor takes the place of the question's code on the left; the original,
read-only with the marked site highlighted, and (after an attempt) the model
solution are tabs of the answer panel. Check hands the copy to
``quiz.fix.grade_in`` (a worker process with a time and memory limit, driven
through ``busy.run_busy``, so the window keeps repainting and a slow check
shows a progress dialog) and gives the result to the session: the first
judged check is the answer the mode records; an edit that does not compile
or cannot be judged only gets feedback. The model solution is shown once the
learner has made an attempt (never in an interview).
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..quiz.answers import MARKER
from ..quiz.fix import LIMITS, FixOutcome, FixResult, grade_in
from ..quiz.model import QuestionKind
from ..quiz.session import QuestionState
from ..worker import Worker
from .codeview import CodeView, Mark
from .keymap import Action, Area, route



def start_code(st: QuestionState) -> str:
    """What the editor starts from: the learner's edit, else the question's code as shown."""
    return st.edited if st.edited is not None else st.question.code.strip("\n") + "\n"


class FixPanel(QWidget):
    """The answer panel: the instruction, the original and the model solution in tabs, the buttons.
    The editor itself (``editor_box``) takes the place of the question's code on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget()
        self.original = CodeView()
        self.solution = CodeView()
        self.tabs.addTab(self.original, "")
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
        self.editor_box = QWidget()
        el = QVBoxLayout(self.editor_box)
        el.setContentsMargins(0, 0, 0, 0)
        self.editor_label = QLabel()
        self.editor_label.setObjectName("muted")
        self.editor = CodeView(editable=True)
        el.addWidget(self.editor_label)
        el.addWidget(self.editor, 1)


class FixController:
    """Ties the panel to the question view's session; one per question view."""

    def __init__(self, view: Any) -> None:
        """``view`` is the ``QuestionView`` (not imported: it imports this module)."""
        self.view = view
        self.panel = FixPanel(view)
        self.worker: Worker | None = None
        self.checking = False
        self._shown: QuestionState | None = None
        self._checked_text = ""                 # the editor's text when it was last checked
        self._checked_for: QuestionState | None = None   # the question it was checked for
        self._drawn: tuple[str, Any] | None = None       # (an edit, its diagram or False)
        self._drawing_edit = False               # the diagram runs the learner's checked edit
        p = self.panel
        self.left = QWidget()                    # the question's code, or (fix questions) the editor
        ll = QVBoxLayout(self.left)
        ll.setContentsMargins(0, 0, 0, 0)
        view.split.insertWidget(0, self.left)
        ll.addWidget(view.code)
        ll.addWidget(p.editor_box)
        p.editor_box.hide()
        p.check_btn.clicked.connect(self.check)
        p.reset_btn.clicked.connect(self.reset)
        p.solution_btn.clicked.connect(self.show_solution)
        p.editor.textChanged.connect(self._typed)
        route(p.editor, Area.EDITOR, {Action.CHECK: lambda _n: self.check(),
                                      Action.RESET_CODE: lambda _n: self.reset(),
                                      Action.SHOW_SOLUTION: lambda _n: self.show_solution(),
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
            was = st.changed_since_check
            self.view.session.edit(self.panel.editor.toPlainText())
            if st.changed_since_check != was:
                self.view.render()                  # the feedback says whether it is about this code
            if self.panel.editor.marks and self.panel.editor.toPlainText() != self._checked_text:
                self.panel.editor.set_marks([])   # the check's marks no longer point at the right code
            self._buttons(st)

    # ------------------------------------------------------------ rendering
    def place(self, fix: bool, has_code: bool) -> None:
        """The left pane: the editor for a fix question, the question's code otherwise (none without code)."""
        self.left.setVisible(has_code)
        self.view.code.setVisible(has_code and not fix)
        self.panel.editor_box.setVisible(has_code and fix)

    def render(self, st: QuestionState, reveal: bool) -> None:
        p = self.panel
        fresh = self._shown is not st
        if fresh:
            self._shown = None                    # setPlainText must not count as the learner's edit
            p.editor.setPlainText(start_code(st))
            p.original.setPlainText(st.question.code.strip("\n"))
            p.solution.setPlainText(st.question.solution.strip("\n") + "\n")
            p.tabs.setCurrentIndex(0)
            self._shown = st
        p.label.setText(html.escape(QCoreApplication.translate(
            "FixView", "Edit the code so that {site} on the line marked {marker} stays on the stack and the "
            "program prints the same. Keep the marker on that line: deleting the site does not count."))
            .format(site=f"<code>{html.escape(st.question.why_site)}</code>", marker=f"<code>{MARKER}</code>"))
        p.editor_label.setText(QCoreApplication.translate("FixView", "Your code (edit it here; Ctrl+Enter checks it)"))
        p.tabs.setAccessibleName(QCoreApplication.translate("FixView", "The original code and the model solution"))
        p.tabs.setTabText(0, QCoreApplication.translate("FixView", "Original"))
        p.tabs.setTabText(1, QCoreApplication.translate("FixView", "Model solution"))
        p.editor.setAccessibleName(QCoreApplication.translate("FixView", "Your code (editable)"))
        p.solution.setAccessibleName(QCoreApplication.translate("FixView", "Model solution"))
        p.original.setAccessibleName(QCoreApplication.translate("FixView", "The question's code, as it was"))
        p.editor.setReadOnly(self._locked(st))
        self._buttons(st)
        off = len(st.question.code) - len(st.question.code.lstrip("\n"))
        key = st.key
        sites = key.sites if key is not None else []
        p.original.set_marks([self.view._mark(st, s, off, "", "selected") for s in sites[:1]])
        if sites and fresh:                       # the marked site in view, the focus left alone
            p.original.setTextCursor(QTextCursor(p.original.document().findBlockByNumber(sites[0].pos.line - off - 1)))
            QTimer.singleShot(0, p.original, lambda: QTimer.singleShot(0, p.original, p.original.centerCursor))   # once laid out
        p.editor.set_marks(self._result_marks(st, self._checked_text)
                          if p.editor.toPlainText() == self._checked_text else [])

    @staticmethod
    def _result_marks(st: QuestionState, text: str) -> list[Mark]:
        """The last check's findings in the editor (``text``, as checked): the marked site still
        on the heap, over its whole name, or else the marker itself."""
        r = st.fix_result
        if r is None or r.line is None:
            return []
        lines = text.split("\n")
        out = []
        for ln in r.site_lines:
            m = re.match(r"(\d+):(\d+): (.*)", ln)
            if m:
                line, col = int(m.group(1)), int(m.group(2))
                out.append(Mark(line, col, _span(lines, line, col, st.question.why_site), ln,
                                tooltip=m.group(3), kind="wrong"))
        if out:
            return out
        src = lines[r.line - 1] if 0 < r.line <= len(lines) else ""
        at = src.find(MARKER)
        return [Mark(r.line, at + 1 if at >= 0 else 1, len(MARKER) if at >= 0 else len(src), "marker",
                     kind="right" if r.passed else "selected")]

    def _buttons(self, st: QuestionState) -> None:
        p = self.panel
        shown = self.view.feedback_on_submit and st.submitted
        p.tabs.setTabEnabled(1, shown)
        p.check_btn.setText(QCoreApplication.translate("FixView", "Check (Ctrl+Enter)"))
        p.check_btn.setAccessibleName(QCoreApplication.translate("FixView", "Check your fix"))
        p.check_btn.setEnabled(not self.checking and not self._locked(st) and st.key is not None)
        p.reset_btn.setText(QCoreApplication.translate("FixView", "Reset"))
        p.reset_btn.setToolTip(QCoreApplication.translate("FixView", "Back to the question's code (Ctrl+Shift+R)"))
        p.reset_btn.setEnabled(not self._locked(st) and start_code(st) != st.question.code.strip("\n") + "\n")
        p.solution_btn.setText(QCoreApplication.translate("FixView", "Model solution"))
        p.solution_btn.setToolTip(QCoreApplication.translate("FixView", "Shown after your first judged check") if not shown
                                  else QCoreApplication.translate("FixView", "The model solution (Ctrl+Shift+M)"))
        p.solution_btn.setEnabled(shown)

    # ------------------------------------------------------------ the memory diagram
    def diagram(self, st: QuestionState, original: Any) -> tuple[Any, str]:
        """What the memory diagram of ``st`` draws, and the note that says which program it is.

        Any question but a fix: ``original`` (the question's program). A fix question: the
        learner's last checked edit, when it compiles and runs; else the original, saying so."""
        self._drawing_edit = False
        if st.question.kind is not QuestionKind.FIX:
            return original, ""
        r, code = st.fix_result, self._checked_text
        if r is None or self._checked_for is not st or not code:
            return original, QCoreApplication.translate(
                "FixView", "This diagram runs the question's original code: check your edit to see it run.")
        if code.strip("\n") == st.question.code.strip("\n"):
            return original, ""
        if r.outcome is FixOutcome.DOES_NOT_COMPILE:
            return original, QCoreApplication.translate(
                "FixView", "Your last checked code does not compile: this diagram runs the question's "
                "original code.")
        if self._drawn is None or self._drawn[0] != code:
            self._drawn = code, _edit_diagram(st, code)
        model = self._drawn[1]
        if not model:
            return original, QCoreApplication.translate(
                "FixView", "Your last checked code cannot be run here: this diagram runs the question's "
                "original code.")
        self._drawing_edit = True
        return model, QCoreApplication.translate("FixView", "This diagram runs your code as you last checked it.")

    def step_code(self) -> CodeView:
        """Where the diagram's current line is marked: the code it runs, as shown (the editor
        while it still holds the checked edit, else the original's tab)."""
        st = self._state()
        if st is None:
            return self.view.code
        p = self.panel
        if self._drawing_edit:
            return p.editor if p.editor.toPlainText() == self._checked_text else _NOWHERE
        return p.original

    # ------------------------------------------------------------ actions
    def check(self) -> bool:
        """Judge the edit off the GUI thread; the session records the first judged check."""
        st = self._state()
        if st is None or self.checking or st.key is None or self._locked(st) or self.view.session is None:
            return False
        from .busy import run_busy
        code = self.panel.editor.toPlainText()
        self.view.session.edit(code)
        self._checked_text = code
        self._checked_for = st
        if self.worker is None:
            self.worker = Worker(LIMITS)
        worker = self.worker
        self.checking = True
        self._buttons(st)
        try:
            result: FixResult = run_busy(self.view, QCoreApplication.translate("FixView", "Checking your fix…"),
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
        for v in (self.panel.editor, self.panel.original, self.panel.solution):
            v.set_font_size(points)

    def refresh_theme(self) -> None:
        for v in (self.panel.editor, self.panel.original, self.panel.solution):
            v.refresh_theme()

    def close(self) -> None:
        """End the worker process (the view is going away, or the app is closing)."""
        if self.worker is not None:
            self.worker.close()
            self.worker = None


class _Nowhere:
    """The code a step line cannot be shown in (the edit changed since it was checked)."""

    def highlight_line(self, line: int) -> None:
        pass


_NOWHERE: Any = _Nowhere()


def _edit_diagram(st: QuestionState, code: str) -> Any:
    """The diagram of a learner's edit in the question's build, or False when it cannot run."""
    from ..quiz.answers import analysis_of
    from .diagram_view import run_diagram
    inline = bool(st.key and st.key.build.inline)
    try:
        analysis = analysis_of(code, inline=inline)
    except Exception:  # noqa: BLE001 - a judged edit compiled; anything else: not drawn
        return False
    return run_diagram(analysis, code, 0, inline) or False


def _span(lines: list[str], line: int, col: int, name: str) -> int:
    """How many characters the site at ``line``:``col`` covers: its name where the code spells
    it there (``c``, ``&T{...}`` is spelled otherwise: up to the end of the expression's line)."""
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    rest = src[col - 1:]
    if rest.startswith(name):
        return len(name)
    rest = rest.split("//", 1)[0].rstrip()
    return max(1, len(rest))
