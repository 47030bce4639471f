"""The answer panel of an allocs question: how many heap allocations one call makes.

The learner types the number (or steps it with ↑ ↓) and submits with Enter,
like any other question. Before an answer the box shows a dash, so that 0 is
an answer the learner gives, never one the app assumes. After submitting,
the panel names the right count beside the learner's; the explanation pane
says which sites allocate.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..quiz.session import QuestionState
from .keymap import Action, Area, route



class QuestionView(Protocol):
    """What the panel needs of the question view that holds it."""

    panels: Any
    session: Any
    submit_btn: Any
    code: Any
    allocs: AllocsPanel

    def submit(self, force: bool = False) -> bool: ...
    def show_hint(self) -> bool: ...
    def _next(self) -> bool: ...

NO_ANSWER = -1
MAX_COUNT = 9999


class CountBox(QSpinBox):
    """A spin box whose "no answer" dash is replaced by the first digit typed (not appended to)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001
        if self.value() == NO_ANSWER and event.text().isdigit():
            self.lineEdit().selectAll()
        super().keyPressEvent(event)


class AllocsPanel(QWidget):
    """A number box for the count, and the verdict once submitted."""

    counted = Signal(int)        # the learner's count changed (never NO_ANSWER)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count = CountBox()
        self.count.setRange(NO_ANSWER, MAX_COUNT)
        self.count.setSpecialValueText("–")
        self.count.setMinimumWidth(90)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_label.setBuddy(self.count)
        row.addWidget(self.count_label)
        row.addWidget(self.count)
        row.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        lay.addWidget(self.label)
        lay.addLayout(row)
        lay.addWidget(self.result)
        lay.addStretch(1)
        self.count.valueChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("How many heap allocations does one call make? Type the number "
                                   "(or use ↑ ↓), then press Enter."))
        self.count_label.setText(self.tr("&Allocations per call:"))
        self.count.setAccessibleName(self.tr("Heap allocations per call"))
        self.count.lineEdit().setAccessibleName(self.tr("Heap allocations per call"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _changed(self, n: int) -> None:
        if n != NO_ANSWER:
            self.counted.emit(n)

    def show_state(self, st: QuestionState, reveal: bool, colours: dict[str, str]) -> None:
        """The learner's count (locked once submitted) and, when revealed, the right one."""
        value = NO_ANSWER if st.allocs is None else st.allocs
        if self.count.value() != value:
            self.count.blockSignals(True)
            self.count.setValue(value)
            self.count.blockSignals(False)
        self.count.setReadOnly(st.submitted)
        g = st.grade
        if not (reveal and g is not None and g.expected_allocs is not None):
            self.result.setText("")
            return
        if g.correct:
            text = self.tr("Right: {n} per call.").format(n=g.expected_allocs)
            colour = colours["right"]
        else:
            text = self.tr("The answer is {n} per call.").format(n=g.expected_allocs)
            colour = colours["wrong"]
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {colour}")


def install(view: QuestionView) -> AllocsPanel:
    """Add the panel to ``view``'s answer panels, wired to its session and its keys."""
    panel = AllocsPanel()
    view.panels.addWidget(panel)

    def counted(n: int) -> None:
        if view.session is not None:
            view.session.count_allocs(n)
            view.submit_btn.setEnabled(view.session.can_submit())
    panel.counted.connect(counted)
    route(panel.count, Area.QUESTION, {Action.SUBMIT: lambda _n: view.submit(),
                                       Action.HINT: lambda _n: view.show_hint(),
                                       Action.NEXT_QUESTION: lambda _n: view._next()})
    return panel


def render(view: QuestionView, st: QuestionState, reveal: bool) -> None:
    """The question view's render step for an allocs question: the panel, no marks."""
    from . import theme
    view.allocs.show_state(st, reveal, theme.code_palette())
    view.code.set_marks([])
