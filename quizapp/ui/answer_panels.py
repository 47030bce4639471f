"""The answer side of a question: the sites, the options, the flashcard.

Each panel is handed plain rows (what to show, in which state) and emits
what the learner did; it never reaches into the session. Results are told
by an icon, a word and a colour together, and the right answer stays fully
readable after submitting (rows are locked, not greyed out).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from ..quiz.grading import SelfGrade
from ..quiz.model import QuestionKind
from ..quiz.session import QuestionState
from . import theme
from .prose_view import ProseView

RIGHT_ICON, WRONG_ICON = "✔", "✘"
DIGIT_PAUSE_MS = 700
"""How long a digit that may begin a two-digit row number waits for the second digit."""


class CurrentStack(QStackedWidget):
    """A stack as tall as the page it shows (not as its tallest page)."""

    def sizeHint(self):  # noqa: N802, ANN201
        w = self.currentWidget()
        return w.sizeHint() if w is not None else super().sizeHint()

    def minimumSizeHint(self):  # noqa: N802, ANN201
        w = self.currentWidget()
        return w.minimumSizeHint() if w is not None else super().minimumSizeHint()


class RowState(str, Enum):
    OPEN = "open"            # not answered yet
    CHOSEN = "chosen"        # answered, not submitted
    RIGHT = "right"          # submitted: the learner's answer is right
    WRONG = "wrong"          # submitted: the learner's answer is wrong
    ANSWER = "answer"        # submitted: the right answer the learner did not choose
    OTHER = "other"          # submitted: neither chosen nor the answer


@dataclass(frozen=True)
class Row:
    text: str
    state: RowState = RowState.OPEN
    note: str = ""           # after the text: "right", "wrong: it is on the heap", ...


def _paint(item: QListWidgetItem, row: Row) -> None:
    pal = theme.code_palette()
    icon = {RowState.RIGHT: RIGHT_ICON, RowState.ANSWER: RIGHT_ICON, RowState.WRONG: WRONG_ICON}.get(row.state, "")
    text = f"{icon} {row.text}" if icon else row.text
    if row.note:
        text += "   —   " + row.note
    item.setText(text)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
    colour = {RowState.RIGHT: pal["right"], RowState.ANSWER: pal["right"], RowState.WRONG: pal["wrong"]}.get(row.state)
    if colour is not None:
        item.setForeground(QColor(colour))
        f = item.font()
        f.setBold(True)
        item.setFont(f)
    else:
        item.setData(Qt.ItemDataRole.ForegroundRole, None)
        item.setFont(QFont())


class FitList(QListWidget):
    """A list as tall as all its rows (at least ``least``), rows wrapped to its width: no hidden
    row, no sideways scrolling. Its size hint says so, so the splitter above the explanation
    gives it that room (up to the view's cap; beyond it the list scrolls, its scroll bar shown)."""

    def __init__(self, least: int = 3) -> None:
        super().__init__()
        self.least = least
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self._width = 0

    def fitted_height(self) -> int:
        n = self.count()
        rows = 0
        if n:     # as laid out at this width (a row's size hint ignores its wrapping)
            rows = self.visualItemRect(self.item(n - 1)).bottom() - self.visualItemRect(self.item(0)).top() + 1
        empty = max(0, self.least - self.count()) * (self.fontMetrics().height() + 8)
        return rows + empty + 2 * self.frameWidth() + 4

    def refit(self) -> None:
        self.doItemsLayout()
        self.setMaximumHeight(self.fitted_height())
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self.fitted_height())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - rows wrap anew at a new width
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.refit()


class ListPanel(QWidget):
    """A label over a list of rows as tall as its rows; the where and the options panels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.list = FitList()
        self.lay.addWidget(self.label)
        self.lay.addWidget(self.list)

    def fill(self, rows: list[Row], current: int) -> None:
        """Show ``rows`` (painted in their states) with row ``current`` selected, without signals."""
        self.list.blockSignals(True)
        if self.list.count() != len(rows):
            self.list.clear()
            for _ in rows:
                self.list.addItem(QListWidgetItem())
        for i, r in enumerate(rows):
            _paint(self.list.item(i), r)
        if rows:
            self.list.setCurrentRow(max(0, min(current, len(rows) - 1)))
        self.list.blockSignals(False)
        self.list.refit()


class WherePanel(ListPanel):
    """The asked sites: pick one, mark it stack or heap."""

    selected = Signal(int)
    marked = Signal(str)          # "stack" / "heap"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sites = self.list
        self.sites.currentRowChanged.connect(lambda r: r >= 0 and self.selected.emit(r))
        row = QHBoxLayout()
        self.stack_btn = QPushButton()
        self.heap_btn = QPushButton()
        self.stack_btn.clicked.connect(lambda: self.marked.emit("stack"))
        self.heap_btn.clicked.connect(lambda: self.marked.emit("heap"))
        for b in (self.stack_btn, self.heap_btn):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(b)
        self.lay.addLayout(row)
        self.lay.addStretch(1)

    def show_rows(self, rows: list[Row], selected: int, locked: bool) -> None:
        self.fill(rows, selected)
        for b in (self.stack_btn, self.heap_btn):
            b.setEnabled(not locked and bool(rows))


class OptionsPanel(ListPanel):
    """A why question's principles (choose one) or a lines question's lines (tick each printed one)."""

    chosen = Signal(int)          # why: option n chosen
    toggled = Signal(int)         # lines: option n ticked or unticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list.itemClicked.connect(self._clicked)
        self.lay.addStretch(1)
        self.single = True
        self.locked = False
        self.checked: list[bool] = []
        self.first_digit: int | None = None   # a list of 10 or more rows: "1" may begin "12"
        self.digit_timer = QTimer(self)
        self.digit_timer.setSingleShot(True)
        self.digit_timer.setInterval(DIGIT_PAUSE_MS)
        self.digit_timer.timeout.connect(self._digit_alone)

    def show_rows(self, rows: list[Row], single: bool, checked: list[bool], locked: bool) -> None:
        self.single, self.locked, self.checked = single, locked, checked
        marked = []
        width = len(str(len(rows)))
        for i, r in enumerate(rows):
            mark = ("●" if checked[i] else "○") if single else ("☑" if checked[i] else "☐")
            marked.append(Row(f"{i + 1:>{width}}   {mark}  {r.text}", r.state, r.note))
        chosen = next((i for i, c in enumerate(checked) if c), None)
        self.fill(marked, chosen if single and chosen is not None else max(0, self.list.currentRow()))

    def move(self, delta: int) -> bool:
        """↑ ↓: move; in a why question the move chooses, like radio buttons (the first press
        chooses the row under the cursor)."""
        n = self.list.count()
        if not n:
            return False
        cur = self.list.currentRow()
        nothing_chosen = not any(self.checked)
        row = cur if (self.single and nothing_chosen and cur >= 0) else (cur + delta) % n
        self.list.setCurrentRow(row)
        if self.single and not self.locked:
            self.chosen.emit(row)
        return True

    def digit(self, n: int) -> bool:
        """A digit key: row n; with 10 or more rows, two digits typed in quick succession name
        rows 10 and beyond (a digit that could begin one waits a moment for the second)."""
        if self.locked:
            return False
        if self.first_digit is not None:
            first = self.first_digit
            self.first_digit = None
            self.digit_timer.stop()
            if first * 10 + n <= self.list.count():
                return self.choose(first * 10 + n - 1)
            self.choose(first - 1)
        if n >= 1 and n * 10 <= self.list.count():
            self.first_digit = n
            self.digit_timer.start()
            return True
        return self.choose(n - 1)

    def _digit_alone(self) -> None:
        first, self.first_digit = self.first_digit, None
        if first is not None:
            self.choose(first - 1)

    def choose(self, index: int) -> bool:
        if self.locked or not 0 <= index < self.list.count():
            return False
        self.list.setCurrentRow(index)
        if self.single:
            self.chosen.emit(index)
        else:
            self.toggled.emit(index)
        return True

    def toggle_current(self) -> bool:
        if self.single or self.locked or self.list.currentRow() < 0:
            return False
        self.toggled.emit(self.list.currentRow())
        return True

    def _clicked(self, item: QListWidgetItem) -> None:
        self.choose(self.list.row(item))


class AnswerField(QPlainTextEdit):
    """The flashcard's own answer: a text field that says how to go on."""

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001
        super().focusInEvent(event)
        self.viewport().update()


class FlashPanel(QWidget):
    """Write an answer (optional), reveal the model answer, rate yourself 1-4."""

    revealed = Signal()
    rated = Signal(object)        # SelfGrade
    typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.field_label = QLabel()
        self.field_label.setWordWrap(True)
        self.field = AnswerField()
        self.field.setTabChangesFocus(True)
        self.field.textChanged.connect(lambda: self.typed.emit(self.field.toPlainText()))
        self.reveal_btn = QPushButton()
        self.reveal_btn.setProperty("primary", True)
        self.reveal_btn.clicked.connect(self.revealed.emit)
        self.model_label = QLabel()
        self.model_label.setObjectName("sectionTitle")
        self.model = ProseView()
        self.rate_label = QLabel()
        self.rate_row = QHBoxLayout()
        self.rate_btns: dict[SelfGrade, QPushButton] = {}
        for g in SelfGrade:
            b = QPushButton()
            b.clicked.connect(lambda _=False, g=g: self.rated.emit(g))
            self.rate_btns[g] = b
            self.rate_row.addWidget(b)
        self.result = QLabel()
        self.result.setWordWrap(True)
        lay.addWidget(self.field_label)
        lay.addWidget(self.field, 1)
        lay.addWidget(self.reveal_btn, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.model_label)
        lay.addWidget(self.model, 3)
        lay.addWidget(self.rate_label)
        lay.addLayout(self.rate_row)
        lay.addWidget(self.result)

    def set_texts(self, interview: bool) -> None:
        """What the field and its button say: reveal the model answer, or (interviews) hand in."""
        self.field_label.setText(QCoreApplication.translate(
            "QuestionView", "Your answer (Ctrl+Enter hands it in; the model answer comes with the report):")
            if interview else QCoreApplication.translate(
                "QuestionView", "Your answer (optional; Ctrl+Enter reveals the model answer):"))
        self.field.setPlaceholderText(QCoreApplication.translate("QuestionView", "Say it in your own words first…")
                                      + " " + QCoreApplication.translate(
                                          "QuestionView", "(Esc leaves the field; then N goes on.)"))
        self.reveal_btn.setText(QCoreApplication.translate("QuestionView", "Hand in your answer (Ctrl+Enter)")
                                if interview else
                                QCoreApplication.translate("QuestionView", "Show the model answer (Ctrl+Enter)"))

    def show_card(self, typed: str, shown: bool, model_html: str, rated: SelfGrade | None, result: str,
                  result_ok: bool | None, locked: bool = False) -> None:
        """``shown``: the model answer and the rating; ``locked``: the answer was handed in."""
        if self.field.toPlainText() != typed:
            self.field.blockSignals(True)
            self.field.setPlainText(typed)
            self.field.blockSignals(False)
        self.field.setReadOnly(shown or locked)
        self.reveal_btn.setVisible(not (shown or locked))
        for w in (self.model_label, self.model, self.rate_label):
            w.setVisible(shown)
        if shown:
            self.model.set_prose(model_html)
        for g, b in self.rate_btns.items():
            b.setVisible(shown)
            b.setEnabled(rated is None)
            b.setProperty("chosen", rated is g)
            b.style().unpolish(b)
            b.style().polish(b)
        self.result.setVisible(bool(result))
        self.result.setText(result)
        self.result.setObjectName("right" if result_ok else "wrong" if result_ok is False else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update()


def status_text(st: QuestionState) -> str:
    """What the question still needs before it can be submitted (beside the buttons)."""
    if st.submitted or st.key is None:
        return ""
    if st.question.kind is QuestionKind.WHERE:
        left = sum(1 for s in st.key.sites if s.key not in st.answers)
        if left == 1:
            return QCoreApplication.translate("QuestionView", "1 site left to place")
        if left:
            return QCoreApplication.translate("QuestionView", "{n} sites left to place").format(n=left)
    if st.question.kind is QuestionKind.WHY and st.chosen_principle is None:
        return QCoreApplication.translate("QuestionView", "Choose a principle (1–{n})").format(n=min(9, len(st.question.choices)))
    if st.question.kind is QuestionKind.LINES and not st.chosen_lines:
        return QCoreApplication.translate("QuestionView", "Tick the lines the compiler prints")
    if st.question.kind is QuestionKind.ALLOCS and st.allocs is None:
        return QCoreApplication.translate("QuestionView", "Type the number of allocations")
    return ""
