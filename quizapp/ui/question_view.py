"""The question view: code with its sites, the answer panel, and the feedback.

Keyboard: Tab/arrows move between sites, S marks stack, H heap, Enter
submits, N goes to the next question, ? shows a hint. Every slot calls one
``QuizSession`` method and re-renders.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QRadioButton, QSplitter, QStackedWidget, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from ..analysis import Site
from ..analysis.principles import PRINCIPLES, PrincipleId
from ..quiz.explain import flow_sentences, principle_lines, verdict_sentence
from ..quiz.grading import SelfGrade, options_for_lines
from ..quiz.model import QuestionKind
from ..quiz.session import HEAP, STACK, QuizSession
from ..quiz.text import plain, to_html
from . import theme
from .codeview import CodeView, Mark

RIGHT_ICON, WRONG_ICON = "✔", "✘"


class QuestionView(QWidget):
    """Shows ``session.current`` and turns user actions into session calls."""

    answered = Signal(str, str, bool, float, float)   # pack id, question id, correct, score, seconds

    def __init__(self, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.session: QuizSession | None = None
        self.selected_site = 0
        self._build()
        self._shortcuts()
        self.retranslate()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        self.title = QLabel()
        self.title.setObjectName("questionTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.title)
        outer.addWidget(self.meta)
        outer.addWidget(self.prompt)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.code = CodeView()
        self.code.siteClicked.connect(self._site_clicked)
        split.addWidget(self.code)
        right = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        rl = QVBoxLayout(top)
        rl.setContentsMargins(8, 0, 0, 0)
        self.panels = QStackedWidget()
        self.panels.addWidget(self._where_panel())
        self.panels.addWidget(self._lines_panel())
        self.panels.addWidget(self._why_panel())
        self.panels.addWidget(self._flash_panel())
        rl.addWidget(self.panels, 1)
        buttons = QHBoxLayout()
        self.hint_btn = QPushButton()
        self.hint_btn.clicked.connect(self.show_hint)
        self.submit_btn = QPushButton()
        self.submit_btn.setDefault(True)
        self.submit_btn.clicked.connect(self.submit)
        self.next_btn = QPushButton()
        self.next_btn.clicked.connect(self.next_question)
        buttons.addWidget(self.hint_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_btn)
        buttons.addWidget(self.next_btn)
        rl.addLayout(buttons)
        right.addWidget(top)
        self.feedback = QTextBrowser()
        self.feedback.setOpenLinks(False)
        self.feedback.setAccessibleName("feedback")
        from .diagram_view import DiagramWidget
        self.diagram = DiagramWidget()
        self.feedback_tabs = QTabWidget()
        self.feedback_tabs.addTab(self.feedback, "")
        self.feedback_tabs.addTab(self.diagram, "")
        fb = QWidget()
        fl = QVBoxLayout(fb)
        fl.setContentsMargins(8, 0, 0, 0)
        fl.addWidget(self.feedback_tabs)
        right.addWidget(fb)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        outer.addWidget(split, 1)

    def _where_panel(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        self.sites_label = QLabel()
        self.sites = QListWidget()
        self.sites.currentRowChanged.connect(self._select_site)
        row = QHBoxLayout()
        self.stack_btn = QPushButton()
        self.heap_btn = QPushButton()
        self.stack_btn.clicked.connect(lambda: self.mark(STACK))
        self.heap_btn.clicked.connect(lambda: self.mark(HEAP))
        row.addWidget(self.stack_btn)
        row.addWidget(self.heap_btn)
        lay.addWidget(self.sites_label)
        lay.addWidget(self.sites, 1)
        lay.addLayout(row)
        return w

    def _lines_panel(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        self.lines_label = QLabel()
        self.lines_label.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.itemChanged.connect(self._line_toggled)
        lay.addWidget(self.lines_label)
        lay.addWidget(self.lines, 1)
        return w

    def _why_panel(self) -> QWidget:
        w = QWidget()
        self.why_layout = QVBoxLayout(w)
        self.why_layout.setContentsMargins(0, 0, 0, 0)
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        self.why_layout.addWidget(self.why_label)
        self.why_group = QButtonGroup(self)
        self.why_group.idClicked.connect(self._why_chosen)
        self.why_buttons: list[QRadioButton] = []
        return w

    def _flash_panel(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        self.show_answer_btn = QPushButton()
        self.show_answer_btn.clicked.connect(self._show_answer)
        self.model_answer = QTextBrowser()
        self.grade_row = QHBoxLayout()
        self.grade_btns: dict[SelfGrade, QPushButton] = {}
        for g in SelfGrade:
            b = QPushButton()
            b.clicked.connect(lambda _=False, g=g: self._self_grade(g))
            self.grade_btns[g] = b
            self.grade_row.addWidget(b)
        lay.addWidget(self.show_answer_btn)
        lay.addWidget(self.model_answer, 1)
        lay.addLayout(self.grade_row)
        return w

    def _shortcuts(self) -> None:
        for key, fn in (("S", lambda: self.mark(STACK)), ("H", lambda: self.mark(HEAP)),
                        ("N", self.next_question), ("?", self.show_hint), ("Return", self.submit),
                        ("Enter", self.submit), ("Down", lambda: self._move(1)),
                        ("Up", lambda: self._move(-1))):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)

    # ------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.sites_label.setText(self.tr("Sites to place (click one in the code, or use ↑ ↓):"))
        self.stack_btn.setText(self.tr("Stack (S)"))
        self.heap_btn.setText(self.tr("Heap (H)"))
        self.stack_btn.setAccessibleName(self.tr("Mark the selected site as stack"))
        self.heap_btn.setAccessibleName(self.tr("Mark the selected site as heap"))
        self.stack_btn.setToolTip(self.tr(
            "Stack: the compiler keeps it in the function's frame (-m says 'does not escape', "
            "or nothing at all)."))
        self.heap_btn.setToolTip(self.tr(
            "Heap: the compiler's decision, what -m prints as 'moved to heap' or 'escapes to heap'. "
            "Where the running program differs (a small buffer on the stack, no allocation at all), "
            "the explanation says so."))
        self.hint_btn.setText(self.tr("Hint (?)"))
        self.submit_btn.setText(self.tr("Submit (Enter)"))
        self.next_btn.setText(self.tr("Next (N)"))
        self.lines_label.setText(self.tr("Tick every line that go build -gcflags='-m -l' prints:"))
        self.why_label.setText(self.tr("Which principle explains the verdict?"))
        self.show_answer_btn.setText(self.tr("Show the model answer"))
        self.feedback_tabs.setTabText(0, self.tr("Explanation"))
        self.feedback_tabs.setTabText(1, self.tr("Memory diagram"))
        self.diagram.retranslate()
        labels = {SelfGrade.AGAIN: self.tr("Again"), SelfGrade.HARD: self.tr("Hard"),
                  SelfGrade.GOOD: self.tr("Good"), SelfGrade.EASY: self.tr("Easy")}
        for g, b in self.grade_btns.items():
            b.setText(labels[g])
        self.render()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ rendering
    def set_session(self, session: QuizSession) -> None:
        self.session = session
        self.selected_site = 0
        self.render()

    def render(self) -> None:
        if self.session is None:
            self.title.setText(self.tr("Pick a pack to start"))
            self.meta.setText("")
            self.prompt.setText("")
            self.code.setPlainText("")
            self.feedback.setHtml("")
            return
        lang = self.lang()
        st = self.session.current
        q = st.question
        n = len(self.session.pack.questions)
        self.title.setText(plain(q.title.get(lang)))
        diff = {"easy": self.tr("easy"), "medium": self.tr("medium"), "hard": self.tr("hard")}[q.difficulty.value]
        principles = ", ".join(PRINCIPLES[PrincipleId(p)].title(lang) for p in q.principles
                               if p in PrincipleId._value2member_map_)
        self.meta.setText(self.tr("{pack} · question {i} of {n} · {diff} · {principles}").format(
            pack=self.session.pack.title.get(lang), i=self.session.index + 1, n=n, diff=diff,
            principles=principles))
        self.prompt.setText(to_html(q.prompt.get(lang)))
        if self.code.toPlainText() != q.code.strip("\n"):
            self.code.setPlainText(q.code.strip("\n"))
        kind_index = {QuestionKind.WHERE: 0, QuestionKind.LINES: 1, QuestionKind.WHY: 2,
                      QuestionKind.FLASHCARD: 3}[q.kind]
        self.panels.setCurrentIndex(kind_index)
        if st.error:
            cannot = html.escape(self.tr("This question cannot be graded:"))
            self.feedback.setHtml(f"<p><b>{cannot}</b> {html.escape(st.error)}</p>")
            self.submit_btn.setEnabled(False)
            return
        self._render_where()
        self._render_lines()
        self._render_why()
        self._render_flash()
        self.submit_btn.setEnabled(self.session.can_submit())
        self.submit_btn.setVisible(q.kind is not QuestionKind.FLASHCARD)
        self._render_diagram()
        self.hint_btn.setEnabled(bool(q.hints) and st.hints_shown < len(q.hints) and not st.submitted)
        self.feedback.setHtml(self._feedback_html())

    def _render_diagram(self) -> None:
        """After an answer, the program's memory diagram joins the explanation."""
        assert self.session is not None
        st = self.session.current
        shown = st.submitted and st.key is not None and st.key.analysis is not None
        self.feedback_tabs.setTabEnabled(1, shown)
        if not shown:
            self.diagram.set_model(None)
            if self.feedback_tabs.currentIndex() == 1:
                self.feedback_tabs.setCurrentIndex(0)
            return
        if getattr(st, "diagram", None) is None:
            from ..diagram.layout import DiagramError, build
            try:
                st.diagram = build(st.key.analysis)  # type: ignore[attr-defined,union-attr]
            except DiagramError:
                st.diagram = False  # type: ignore[attr-defined]
        if st.diagram:  # type: ignore[attr-defined]
            self.diagram.canvas.lang = self.lang()
            if self.diagram.model is not st.diagram:  # type: ignore[attr-defined]
                self.diagram.set_model(st.diagram)  # type: ignore[attr-defined]
        else:
            self.feedback_tabs.setTabEnabled(1, False)

    def _code_offset(self) -> int:
        """The code is shown without its leading blank lines; positions shift by this many."""
        assert self.session is not None
        code = self.session.current.question.code
        return len(code) - len(code.lstrip("\n"))

    def _site_label(self, site: Site, offset: int, answer: str) -> str:
        """A site as the list and the explanation name it: two sites may share a name, never a line."""
        return self.tr("{name}  (line {line})  →  {answer}").format(
            name=site.name, line=site.pos.line - offset, answer=answer)

    def _render_where(self) -> None:
        assert self.session is not None
        st = self.session.current
        if st.question.kind is not QuestionKind.WHERE or st.key is None:
            self.code.set_marks([])
            return
        off = self._code_offset()
        marks = []
        self.sites.blockSignals(True)
        self.sites.clear()
        for i, s in enumerate(st.key.sites):
            given = st.answers.get(s.key)
            answer_text = {STACK: self.tr("stack"), HEAP: self.tr("heap")}.get(given or "", self.tr("?"))
            label = self._site_label(s, off, answer_text)
            kind = "selected" if i == self.selected_site else "site"
            if st.grade is not None:
                res = st.grade.sites[i]
                ok = res.correct
                label = f"{RIGHT_ICON if ok else WRONG_ICON} " + label + "   " + (
                    self.tr("right") if ok else self.tr("wrong: it is on the {where}").format(
                        where=self.tr("heap") if res.expected == HEAP else self.tr("stack")))
                kind = "right" if ok else "wrong"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            self.sites.addItem(item)
            marks.append(Mark(s.pos.line - off, s.pos.col, _site_length(s.name), s.key,
                              tooltip=label, kind=kind))
        if st.key.sites:
            self.sites.setCurrentRow(min(self.selected_site, len(st.key.sites) - 1))
        self.sites.blockSignals(False)
        self.code.set_marks(marks)

    def _render_lines(self) -> None:
        assert self.session is not None
        st = self.session.current
        if st.question.kind is not QuestionKind.LINES or st.key is None:
            return
        self.lines.blockSignals(True)
        self.lines.clear()
        truth = set(st.key.lines)
        for opt in options_for_lines(st.question, st.key):
            item = QListWidgetItem(self._shift_line(opt))
            item.setData(Qt.ItemDataRole.UserRole, opt)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if opt in st.chosen_lines else Qt.CheckState.Unchecked)
            if st.grade is not None:
                ok = (opt in truth) == (opt in st.chosen_lines)
                item.setText(f"{RIGHT_ICON if ok else WRONG_ICON} {self._shift_line(opt)}   "
                             + (self.tr("printed") if opt in truth else self.tr("not printed")))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.lines.addItem(item)
        self.lines.blockSignals(False)
        self.code.set_marks([])

    def _shift_line(self, line: str) -> str:
        off = self._code_offset()
        head, _, msg = line.partition(": ")
        try:
            ln, col = head.split(":")
            return f"{int(ln) - off}:{col}: {msg}"
        except ValueError:
            return line

    def _render_why(self) -> None:
        assert self.session is not None
        st = self.session.current
        if st.question.kind is not QuestionKind.WHY or st.key is None:
            return
        lang = self.lang()
        for b in self.why_buttons:
            self.why_group.removeButton(b)
            b.deleteLater()
        self.why_buttons = []
        for i, pid in enumerate(st.question.choices):
            p = PRINCIPLES[PrincipleId(pid)]
            text = p.title(lang)
            if st.grade is not None:
                if pid == st.key.why:
                    answer_word = self.tr("the answer")
                    text = f"{RIGHT_ICON} {text}  ({answer_word})"
                elif pid == st.chosen_principle:
                    text = f"{WRONG_ICON} {text}"
            b = QRadioButton(text)
            b.setChecked(pid == st.chosen_principle)
            b.setEnabled(st.grade is None)
            self.why_group.addButton(b, i)
            self.why_layout.addWidget(b)
            self.why_buttons.append(b)
        off = self._code_offset()
        s = st.key.sites[0] if st.key.sites else None
        self.code.set_marks([Mark(s.pos.line - off, s.pos.col, _site_length(s.name), s.key,
                                  kind="selected")] if s else [])

    def _render_flash(self) -> None:
        assert self.session is not None
        st = self.session.current
        if st.question.kind is not QuestionKind.FLASHCARD:
            return
        shown = st.grade is not None or getattr(st, "answer_shown", False)
        self.model_answer.setVisible(shown)
        self.show_answer_btn.setVisible(not shown)
        for b in self.grade_btns.values():
            b.setEnabled(shown and st.grade is None)
        if shown and st.question.answer is not None:
            self.model_answer.setHtml(to_html(st.question.answer.get(self.lang())))
        self.code.set_marks([])

    def _feedback_html(self) -> str:
        assert self.session is not None
        st = self.session.current
        q = st.question
        lang = self.lang()
        parts: list[str] = []
        if st.hints_shown and not st.submitted:
            parts.append("<h3>" + html.escape(self.tr("Hints")) + "</h3><ul>" + "".join(
                f"<li>{to_html(h.get(lang))}</li>" for h in q.hints[:st.hints_shown]) + "</ul>")
        if not st.submitted:
            return "".join(parts)
        pal = theme.code_palette()
        g = st.grade
        assert g is not None and st.key is not None
        correct_word = html.escape(self.tr("Correct!"))
        wrong_word = html.escape(self.tr("Not quite."))
        verdict = (f"<span style='color:{pal['right']}'>{RIGHT_ICON} {correct_word}</span>" if g.correct
                   else f"<span style='color:{pal['wrong']}'>{WRONG_ICON} {wrong_word}</span>")
        parts.append(f"<h2>{verdict}</h2>")
        off = self._code_offset()
        for s in st.key.sites:
            where = self.tr("heap") if s.verdict.value == HEAP else self.tr("stack")  # type: ignore[union-attr]
            parts.append(f"<h3>{html.escape(self._site_label(s, off, where))}</h3>")
            parts.append(f"<p>{html.escape(verdict_sentence(s, lang))}</p>")
            for title, summary in principle_lines(s, lang):
                parts.append(f"<p><b>{html.escape(title)}</b>: {html.escape(summary)}</p>")
            flow = flow_sentences(s, lang)
            if flow:
                parts.append("<ul>" + "".join(f"<li>{html.escape(_shift_positions(f, off))}</li>"
                                              for f in flow) + "</ul>")
        if q.explanation is not None:
            heading = html.escape(self.tr("Explanation"))
            parts.append(f"<h3>{heading}</h3><p>{to_html(q.explanation.get(lang))}</p>")
        if q.inlining_note is not None:
            inl = html.escape(self.tr("With inlining on:"))
            parts.append(f"<p><i>{inl}</i> {to_html(q.inlining_note.get(lang))}</p>")
        asked = {f"{s.pos.line}:{s.pos.col}" for s in st.key.sites}
        lines = []
        for ln in st.key.lines:
            shown = html.escape("./main.go:" + self._shift_line(ln))
            if ln.split(": ")[0] in asked:
                shown = f"<b style='background:{pal['current_line']}'>{shown}</b>"
            lines.append(shown)
        heading = html.escape(self.tr("What go build -gcflags='-m -l' prints"))
        body = "\n".join(lines) or html.escape(self.tr("(nothing)"))
        parts.append(f"<h3>{heading}</h3><pre>{body}</pre>")
        return "".join(parts)

    # ------------------------------------------------------------ actions
    def _site_clicked(self, key: str) -> None:
        if self.session is None or self.session.current.key is None:
            return
        keys = [s.key for s in self.session.current.key.sites]
        if key in keys:
            self.selected_site = keys.index(key)
            self.render()

    def _select_site(self, row: int) -> None:
        if row >= 0 and row != self.selected_site:
            self.selected_site = row
            self.render()

    def _move(self, delta: int) -> None:
        if self.session is None or self.session.current.key is None:
            return
        n = len(self.session.current.key.sites)
        if n:
            self.selected_site = (self.selected_site + delta) % n
            self.render()

    def mark(self, verdict: str) -> None:
        if self.session is None:
            return
        st = self.session.current
        if st.question.kind is not QuestionKind.WHERE or st.key is None or not st.key.sites:
            return
        site = st.key.sites[min(self.selected_site, len(st.key.sites) - 1)]
        self.session.answer_site(site.key, verdict)
        unanswered = [i for i, s in enumerate(st.key.sites) if s.key not in st.answers]
        if unanswered:
            self.selected_site = unanswered[0]
        self.render()

    def _line_toggled(self, item: QListWidgetItem) -> None:
        if self.session is not None:
            self.session.toggle_line(item.data(Qt.ItemDataRole.UserRole))
            self.submit_btn.setEnabled(self.session.can_submit())

    def _why_chosen(self, i: int) -> None:
        if self.session is not None:
            self.session.choose_principle(self.session.current.question.choices[i])
            self.submit_btn.setEnabled(self.session.can_submit())

    def _show_answer(self) -> None:
        if self.session is not None:
            self.session.current.answer_shown = True  # type: ignore[attr-defined]
            self.render()

    def _self_grade(self, g: SelfGrade) -> None:
        if self.session is None:
            return
        grade = self.session.self_grade(g)
        st = self.session.current
        self.answered.emit(self.session.pack.id, st.question.id, grade.correct, grade.score, st.seconds)
        self.render()

    def submit(self, force: bool = False) -> None:
        if self.session is None:
            return
        grade = self.session.submit(force=force)
        if grade is not None:
            st = self.session.current
            self.answered.emit(self.session.pack.id, st.question.id, grade.correct, grade.score, st.seconds)
        self.render()

    def show_hint(self) -> None:
        if self.session is not None and self.session.hint() is not None:
            self.render()

    def next_question(self) -> None:
        if self.session is not None:
            self.session.next()
            self.selected_site = 0
            self.render()


def _site_length(name: str) -> int:
    if name.startswith(("&", "new(", "make(", "func literal", "[]", "map[")):
        return 1
    return max(1, len(name)) if name.isidentifier() else 1


def _shift_positions(sentence: str, off: int) -> str:
    if not off:
        return sentence
    import re
    return re.sub(r"(line |第 )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) - off), sentence)
