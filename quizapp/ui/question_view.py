"""The question view: code with its sites, the answer panel, and the feedback.

Keys come from ``keymap`` and act on the focused area. Every action calls
one ``QuizSession`` method and re-renders; recording the answer and moving
on belong to the mode (``answered`` and ``nextRequested`` tell the quiz
page). Nothing that gives the answer away is shown before submitting: the
principles appear with the feedback, hints only on request.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..analysis import Site
from ..quiz import spans
from ..quiz.explain import principle_title, site_label
from ..quiz.grading import SelfGrade
from ..quiz.model import QuestionKind
from ..quiz.session import HEAP, STACK, QuestionState, QuizSession
from ..quiz.text import plain, to_html
from . import allocs_panel, theme
from .answer_panels import CurrentStack, FlashPanel, OptionsPanel, Row, RowState, WherePanel, status_text
from .codeview import CodeView, Mark
from .prose_view import ProseView
from .question_analysis import BackgroundAnalyses
from .feedback import (code_offset, feedback_html, flash_result, model_answer_html, shift_line,
                       unanswered, where_word)
from .fix_feedback import fix_html
from .fix_view import FixController
from .keymap import Action, Area, digit_keys, route

PANEL = {QuestionKind.WHERE: 0, QuestionKind.WHY: 1, QuestionKind.LINES: 1, QuestionKind.FLASHCARD: 2,
         QuestionKind.ALLOCS: 3, QuestionKind.FIX: 4}


class QuestionView(QWidget):
    """Shows ``session.current`` and turns user actions into session calls."""

    answered = Signal()          # an answer was graded: the mode records it
    nextRequested = Signal()     # N: the next question, or the summary after the last
    hinted = Signal()            # a hint was shown: the mode keeps it counted

    def __init__(self, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.session: QuizSession | None = None
        self.hints_allowed = True
        self.feedback_on_submit = True
        self.due: datetime | None = None
        self.selected_site = 0
        self._shown_index = -1
        self.analyses = BackgroundAnalyses(self)
        self.analyses.ready.connect(self._on_analysed)
        self._build()
        self._keys()
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
        self.meta.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.title, self.meta, self.prompt):
            outer.addWidget(w)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.code = CodeView()
        self.code.setMinimumWidth(260)
        self.code.siteClicked.connect(self._site_clicked)
        self.split.addWidget(self.code)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setChildrenCollapsible(False)
        top = QWidget()
        rl = QVBoxLayout(top)
        rl.setContentsMargins(8, 0, 0, 0)
        self.panels = CurrentStack()
        self.where = WherePanel()
        self.options = OptionsPanel()
        self.flash = FlashPanel()
        for p in (self.where, self.options, self.flash):
            self.panels.addWidget(p)
        self.allocs = allocs_panel.install(self)        # index 3: allocs questions
        self.fixer = FixController(self)      # index 4: a fix question's editor, its checks and its keys
        self.panels.addWidget(self.fixer.panel)
        self.where.selected.connect(self._select_site)
        self.where.marked.connect(self.mark)
        self.options.chosen.connect(self._choose)
        self.options.toggled.connect(self._toggle)
        self.flash.revealed.connect(self.reveal)
        self.flash.rated.connect(self.rate)
        self.flash.typed.connect(lambda t: self.session is not None and self.session.type_answer(t))
        rl.addWidget(self.panels, 1)
        buttons = QHBoxLayout()
        self.hint_btn = QPushButton()
        self.hint_btn.clicked.connect(self.show_hint)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.submit_btn = QPushButton()
        self.submit_btn.setProperty("primary", True)
        self.submit_btn.clicked.connect(self.submit)
        self.next_btn = QPushButton()
        self.next_btn.clicked.connect(self.nextRequested.emit)
        buttons.addWidget(self.hint_btn)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.submit_btn)
        buttons.addWidget(self.next_btn)
        rl.addLayout(buttons)
        self.right.addWidget(top)
        self.top = top
        self._fitted_for = 0               # the answer panel's height the split was last fitted to
        self.feedback = ProseView()
        self.feedback.setOpenLinks(False)
        from .diagram_view import DiagramWidget
        self.diagram = DiagramWidget()
        self.diagram.lineChanged.connect(lambda line: self.fixer.step_code().highlight_line(line)
                                         if self.feedback_tabs.currentWidget() is self.diagram else None)
        self.feedback_tabs = QTabWidget()
        self.feedback_tabs.addTab(self.feedback, "")
        self.feedback_tabs.addTab(self.diagram, "")
        self.feedback_tabs.currentChanged.connect(self._tab_changed)
        fb = QWidget()
        fl = QVBoxLayout(fb)
        fl.setContentsMargins(8, 0, 0, 0)
        fl.addWidget(self.feedback_tabs)
        self.right.addWidget(fb)
        self.feedback_box = fb
        self.right.setStretchFactor(0, 2)
        self.right.setStretchFactor(1, 3)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 4)
        outer.addWidget(self.split, 1)

    def _keys(self) -> None:
        sites = {Action.MARK_STACK: lambda _n: self.mark(STACK), Action.MARK_HEAP: lambda _n: self.mark(HEAP),
                 Action.NEXT_SITE: lambda _n: self._move(1), Action.PREVIOUS_SITE: lambda _n: self._move(-1)}
        question = {Action.SUBMIT: lambda _n: self.submit(), Action.HINT: lambda _n: self.show_hint(),
                    Action.NEXT_QUESTION: lambda _n: self._next()}
        options = {Action.NEXT_OPTION: lambda _n: self.options.move(1),
                   Action.PREVIOUS_OPTION: lambda _n: self.options.move(-1),
                   Action.CHOOSE: lambda n: self.options.digit(n or 0),
                   Action.TOGGLE: lambda _n: self.options.toggle_current()}
        flash = {Action.REVEAL: lambda _n: self.reveal(), Action.RATE: lambda n: self._rate_key(n)}
        text = {Action.SUBMIT_TEXT: lambda _n: self.reveal(), Action.LEAVE_TEXT: lambda _n: self._leave_text()}
        route(self, Area.QUESTION, question)
        for w in (self.code, self.where.sites):
            route(w, Area.SITES, {**sites, **question})
        route(self.options.list, Area.OPTIONS, {**options, **question})
        route(self.flash.field, Area.TEXT, text)
        for w in (self.flash, self.flash.model, *self.flash.rate_btns.values(), self.flash.reveal_btn):
            route(w, Area.FLASHCARD, {**flash, **question})

    # ------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.where.label.setText(self.tr("Sites to place: choose one in the list or the code (↑ ↓), "
                                         "then S for stack or H for heap."))
        self.where.stack_btn.setText(self.tr("Stack (S)"))
        self.where.heap_btn.setText(self.tr("Heap (H)"))
        self.where.stack_btn.setAccessibleName(self.tr("Mark the selected site as stack"))
        self.where.heap_btn.setAccessibleName(self.tr("Mark the selected site as heap"))
        self.where.stack_btn.setToolTip(self.tr(
            "Stack: the compiler keeps it in the function's frame (-m says 'does not escape', "
            "or nothing at all)."))
        self.where.heap_btn.setToolTip(self.tr(
            "Heap: the compiler's decision, what -m prints as 'moved to heap' or 'escapes to heap'. "
            "Where the running program differs (a small buffer on the stack, no allocation at all), "
            "the explanation says so."))
        self.where.sites.setAccessibleName(self.tr("Sites to place"))
        self.options.list.setAccessibleName(self.tr("Options"))
        self.code.setAccessibleName(self.tr("Go code of the question"))
        self.submit_btn.setText(self.tr("Submit (Enter)"))
        self.submit_btn.setAccessibleName(self.tr("Submit the answer"))
        self.flash.field.setAccessibleName(self.tr("Your answer"))
        self.flash.model_label.setText(self.tr("Model answer"))
        self.flash.model.setAccessibleName(self.tr("Model answer"))
        self.flash.rate_label.setText(self.tr("How well did you know it?"))
        labels = {SelfGrade.AGAIN: self.tr("1  Again"), SelfGrade.HARD: self.tr("2  Hard"),
                  SelfGrade.GOOD: self.tr("3  Good"), SelfGrade.EASY: self.tr("4  Easy")}
        for g, b in self.flash.rate_btns.items():
            b.setText(labels[g])
        self.feedback.setAccessibleName(self.tr("Explanation"))
        self.feedback_tabs.setTabText(0, self.tr("Explanation"))
        self.feedback_tabs.setAccessibleName(self.tr("Explanation and memory diagram"))
        self.flash.setAccessibleName(self.tr("Flashcard"))
        self.feedback_tabs.setTabText(1, self.tr("Memory diagram"))
        self.diagram.retranslate()
        self.render()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ rendering
    def set_session(self, session: QuizSession | None, hints: bool = True, feedback: bool = True) -> None:
        """Practice and interviews do not name each question's pack: a principle pack's title would
        give a why question's answer away."""
        if session is not None:
            session.defer_analysis = True      # analyses run on a worker thread, never here
        self.session = session
        self.hints_allowed, self.feedback_on_submit = hints, feedback
        self.selected_site = 0
        self.due = None
        self._shown_index = -1
        self.render()

    @property
    def analysing(self) -> bool:
        """Is a question's code still being analysed (the view shows "Analysing the code…")?"""
        return self.analyses.busy

    def _on_analysed(self, code: str) -> None:
        if self.session is not None and self.session.current.question.code == code:
            self.session.resolve()
            self.render()

    def show_due(self, due: datetime | None) -> None:
        self.due = due
        self.render()

    def render(self) -> None:
        if self.session is None:
            return
        lang = self.lang()
        st = self.session.current
        q = st.question
        if st.pending:
            self.analyses.start(q.code, q.build.inline)
        if self._shown_index != self.session.index:
            self._shown_index = self.session.index
            self.due = None
            self.selected_site = 0
            self.feedback_tabs.setCurrentIndex(0)
            self.options.list.clear()          # a new question starts at its first option
            self._fit_later()
        self.title.setText(plain(q.title.get(lang)))
        diff = {"easy": self.tr("easy"), "medium": self.tr("medium"), "hard": self.tr("hard")}[q.difficulty.value]
        meta = self.tr("{pack} · question {i} of {n} · {diff}").format(
            pack=self.session.pack.title.get(lang), i=self.session.index + 1, n=len(self.session), diff=diff)
        if q.code.strip() and q.kind is not QuestionKind.FLASHCARD:
            meta += " · " + (self.tr("default build (-m, inlining on)") if q.build.inline else
                             self.tr("graded with -m -l (inlining off)"))
        self.meta.setText(meta)
        self.prompt.setText(to_html(q.prompt.get(lang)))
        code = q.code.strip("\n")
        has_code = bool(code.strip())
        self.fixer.place(q.kind is QuestionKind.FIX, has_code)
        if self.code.toPlainText() != code:
            self.code.setPlainText(code)
        if self.panels.currentIndex() != PANEL[q.kind]:
            self.panels.setCurrentIndex(PANEL[q.kind])
            self.panels.updateGeometry()
        reveal = st.submitted and self.feedback_on_submit
        self.feedback_box.setVisible(q.kind is not QuestionKind.FLASHCARD or (has_code and reveal))
        if st.pending:
            waiting = self.tr("Analysing the code…")
            self.feedback.setHtml(f"<p>{html.escape(waiting)}</p>")
            self.submit_btn.setEnabled(False)
            self.status.setText("")
            self.code.set_marks([])
            return
        if st.error:
            cannot = html.escape(self.tr("This question cannot be graded:"))
            self.feedback.setHtml(f"<p><b>{cannot}</b> {html.escape(st.error)}</p>")
            self.submit_btn.setEnabled(False)
            self.status.setText("")
            self.code.set_marks([])
            self._render_buttons(st)
            return
        {QuestionKind.WHERE: self._render_where, QuestionKind.WHY: self._render_why,
         QuestionKind.LINES: self._render_lines, QuestionKind.FLASHCARD: self._render_flash,
         QuestionKind.ALLOCS: lambda st, r: allocs_panel.render(self, st, r),
         QuestionKind.FIX: self.fixer.render}[q.kind](st, reveal)
        wanted = self.top.layout().sizeHint().height()
        if wanted != self._fitted_for:     # rows came (the analysis was slow) or grew (feedback notes)
            self._fitted_for = wanted
            self._fit_later()
        self._render_buttons(st)
        self._render_diagram(st, reveal)
        pal = theme.code_palette()
        if st.submitted and not reveal:
            missing = unanswered(st) if st.timed_out else 0
            up = html.escape(self.tr("Time is up."))
            said = html.escape(self.tr("Your answer was recorded as it stood.") if not missing else
                               self.tr("Your answer was recorded as it stood; 1 part was left unanswered.")
                               if missing == 1 else self.tr("Your answer was recorded as it stood; {n} parts "
                                                            "were left unanswered.").format(n=missing))
            late = f"<p style='color:{pal['wrong']}'><b>{up}</b> {said}</p>" if st.timed_out else ""
            self.feedback.setHtml(late + "<p>" + html.escape(self.tr(
                "Answer recorded. Feedback comes in the report at the end of the interview.")) + "</p>")
        else:
            html_of = fix_html if q.kind is QuestionKind.FIX else feedback_html
            self.feedback.set_prose(html_of(st, lang, pal, self.due) if reveal or not st.submitted else "")

    def _fit_split(self) -> None:
        """The answer panel as tall as it needs (at most 55 %), the explanation gets the rest;
        the code pane as wide as its longest line (at most 60 %), so no line is cut."""
        total = sum(self.right.sizes())
        if total > 0 and not self.feedback_box.isHidden():
            top = min(self.top.layout().sizeHint().height(), int(total * 0.55))
            self.right.setSizes([top, total - top])
        width = sum(self.split.sizes())
        if width > 0 and not self.code.isHidden():
            fm = self.code.fontMetrics()
            longest = max((fm.horizontalAdvance(ln.expandtabs(4)) for ln in self.code.toPlainText().splitlines()),
                          default=0)
            need = longest + self.code.gutter_width() + 2 * self.code.frameWidth() + 28
            code = max(self.code.minimumWidth(), min(need, int(width * 0.6)))
            if self.split.sizes()[0] < code:
                self.split.setSizes([code, width - code])

    def _tab_changed(self, _index: int) -> None:
        """The diagram's tab shows its step's line in the code at once, and more room to draw;
        the explanation's tab shows no step line."""
        on = self.feedback_tabs.currentWidget() is self.diagram
        self.fixer.step_code().highlight_line(self.diagram.current_line() if on else 0)
        if on:
            total = sum(self.right.sizes())
            top = self.right.sizes()[0]
            if total > 0 and top > total * 0.4:
                self.right.setSizes([int(total * 0.4), total - int(total * 0.4)])

    def _fit_later(self) -> None:
        """Fit once the new rows have been laid out (two turns of the event loop)."""
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._fit_split))   # none once gone

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        self._fit_later()

    def _render_buttons(self, st: QuestionState) -> None:
        assert self.session is not None
        q = st.question
        hints_left = len(q.hints) - st.hints_shown
        self.hint_btn.setVisible(self.hints_allowed and bool(q.hints))
        self.hint_btn.setEnabled(hints_left > 0 and self.session.hint_open(st))
        self.hint_btn.setText(self.tr("Hint (?)") if not st.hints_shown else
                              self.tr("Hint (?) {used}/{n}").format(used=st.hints_shown, n=len(q.hints)))
        self.hint_btn.setAccessibleName(self.tr("Show a hint"))
        self.submit_btn.setVisible(q.kind not in (QuestionKind.FLASHCARD, QuestionKind.FIX))
        self.submit_btn.setEnabled(self.session.can_submit())
        self.next_btn.setText(self.tr("Finish (N)") if self.session.is_last else self.tr("Next (N)"))
        self.next_btn.setAccessibleName(self.tr("Finish and see the summary") if self.session.is_last
                                        else self.tr("Next question"))
        self.status.setText(status_text(st))

    def _render_where(self, st: QuestionState, reveal: bool) -> None:
        assert st.key is not None
        lang = self.lang()
        off = code_offset(st.question.code)
        rows, marks = [], []
        results = {r.key: r for r in st.grade.sites} if st.grade is not None else {}
        for i, s in enumerate(st.key.sites):
            given = st.answers.get(s.key)
            label = site_label(s, lang, st.question.code, off)
            text = f"{label}  →  " + (where_word(given) if given else "?")
            state, note = (RowState.CHOSEN if given else RowState.OPEN), ""
            kind = "selected" if i == self.selected_site else "site"
            res = results.get(s.key)
            if reveal and res is not None:
                state = RowState.RIGHT if res.correct else RowState.WRONG
                note = self.tr("right") if res.correct else self.tr("wrong: it is on the {where}").format(
                    where=where_word(res.expected))
                kind = "right" if res.correct else "wrong"
            rows.append(Row(text, state, note))
            marks.append(self._mark(st, s, off, text, kind))
        self.where.show_rows(rows, self.selected_site, st.submitted)
        self.code.set_marks(marks)

    def _mark(self, st: QuestionState, s: Site, off: int, tooltip: str, kind: str) -> Mark:
        sp = spans.span(st.question.code, s)
        if sp is None:
            return Mark(s.pos.line - off, s.pos.col, 1, s.key, tooltip=tooltip, kind=kind)
        return Mark(sp.line - off, sp.col, 1, s.key, tooltip=tooltip, kind=kind, end=(sp.end_line - off, sp.end_col))

    def _render_why(self, st: QuestionState, reveal: bool) -> None:
        assert self.session is not None and st.key is not None
        lang = self.lang()
        opts = self.session.options(st)
        self.options.label.setText(self.tr("Which principle explains the verdict? (↑ ↓ or {keys})").format(
            keys=digit_keys(len(opts))))
        rows, checked = [], []
        for pid in opts:
            state, note = RowState.OPEN, ""
            if reveal and st.grade is not None:
                if pid == st.key.why:
                    state = RowState.RIGHT if pid == st.chosen_principle else RowState.ANSWER
                    note = self.tr("the answer")
                elif pid == st.chosen_principle:
                    state, note = RowState.WRONG, self.tr("your choice")
                else:
                    state = RowState.OTHER
            rows.append(Row(principle_title(pid, lang), state, note))
            checked.append(pid == st.chosen_principle)
        self.options.show_rows(rows, True, checked, st.submitted)
        off = code_offset(st.question.code)
        s = st.key.sites[0] if st.key.sites else None
        self.code.set_marks([self._mark(st, s, off, "", "selected")] if s else [])

    def _render_lines(self, st: QuestionState, reveal: bool) -> None:
        assert self.session is not None and st.key is not None
        n = len(self.session.options(st))
        build = self.tr("go build -gcflags=-m (inlining on)") if st.key.build.inline else \
            "go build -gcflags='-m -l'"
        self.options.label.setText((self.tr("Tick every line that {build} prints (↑ ↓ and Space, or {keys}):")
                                    if n < 10 else
                                    self.tr("Tick every line that {build} prints (↑ ↓ and Space, or the "
                                            "line's number: 1–9, or two digits such as 1 2 for line 12):")
                                    ).format(build=build, keys=digit_keys(n)))
        off = code_offset(st.question.code)
        truth = set(st.key.lines)
        rows, checked = [], []
        for opt in self.session.options(st):
            ticked = opt in st.chosen_lines
            state, note = RowState.OPEN, ""
            if reveal and st.grade is not None:
                printed = opt in truth
                state = RowState.RIGHT if printed == ticked else RowState.WRONG
                note = {(True, True): self.tr("printed, you ticked it"),
                        (True, False): self.tr("printed, you missed it"),
                        (False, True): self.tr("not printed, you ticked it"),
                        (False, False): self.tr("not printed, you left it out")}[(printed, ticked)]
            rows.append(Row(shift_line(opt, off), state, note))
            checked.append(ticked)
        self.options.show_rows(rows, False, checked, st.submitted)
        self.code.set_marks([])

    def _render_flash(self, st: QuestionState, reveal: bool) -> None:
        shown = (st.answer_shown or st.submitted) and self.feedback_on_submit   # never in an interview
        result, ok = flash_result(st, self.due) if self.feedback_on_submit else ("", None)
        if st.submitted and not self.feedback_on_submit:
            result = (self.tr("Time is up. Your answer was recorded as it stood.") if st.timed_out
                      else self.tr("Answer recorded."))
        self.flash.set_texts(interview=not self.feedback_on_submit)
        self.flash.show_card(st.typed_answer, shown, model_answer_html(st, self.lang()) if shown else "",
                             st.rating, result, ok, locked=st.submitted)
        self.code.set_marks([])

    def _render_diagram(self, st: QuestionState, reveal: bool) -> None:
        """After an answer, the program's memory diagram joins the explanation."""
        shown = reveal and st.key is not None and st.key.analysis is not None and bool(st.question.code.strip())
        if shown and st.diagram is None:
            from .diagram_view import run_diagram
            st.diagram = run_diagram(st.key.analysis, st.question.code,  # type: ignore[union-attr]
                                     code_offset(st.question.code), st.key.build.inline) or False
        model, note = self.fixer.diagram(st, st.diagram) if shown else (None, "")   # a fix: the edit
        shown = shown and bool(model)
        self.feedback_tabs.setTabEnabled(1, shown)
        if not shown:
            self.diagram.set_model(None)
            if self.feedback_tabs.currentIndex() == 1:
                self.feedback_tabs.setCurrentIndex(0)
            return
        self.diagram.lang = self.lang()
        self.diagram.set_source_note(note)
        if self.diagram.model is not model:
            self.diagram.program = st.question.id or "main.go"
            self.diagram.set_model(model)

    def focus_primary(self) -> None:
        """Give the keyboard to the part of the question that is answered first."""
        if self.session is None:
            return
        kind = self.session.current.question.kind
        target = {QuestionKind.WHERE: self.where.sites, QuestionKind.WHY: self.options.list,
                  QuestionKind.LINES: self.options.list, QuestionKind.ALLOCS: self.allocs.count,
                  QuestionKind.FIX: self.fixer.panel.editor}.get(kind)
        if kind is QuestionKind.FLASHCARD:
            st = self.session.current
            target = self.flash.field if not (st.answer_shown or st.submitted) else self.flash
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ actions
    def _site_clicked(self, key: str) -> None:
        if self.session is None or self.session.current.key is None:
            return
        keys = [s.key for s in self.session.current.key.sites]
        if key in keys:
            self.selected_site = keys.index(key)
            self.render()

    def _select_site(self, row: int) -> None:
        if row != self.selected_site:
            self.selected_site = row
            self.render()

    def _move(self, delta: int) -> bool:
        if self.session is None or self.session.current.key is None:
            return False
        n = len(self.session.current.key.sites)
        if not n:
            return False
        self.selected_site = (self.selected_site + delta) % n
        self.render()
        return True

    def mark(self, verdict: str) -> bool:
        if self.session is None:
            return False
        st = self.session.current
        if st.question.kind is not QuestionKind.WHERE or st.key is None or not st.key.sites or st.submitted:
            return False
        site = st.key.sites[min(self.selected_site, len(st.key.sites) - 1)]
        self.session.answer_site(site.key, verdict)
        n = len(st.key.sites)
        after = [(self.selected_site + k) % n for k in range(1, n + 1)]
        nxt = next((i for i in after if st.key.sites[i].key not in st.answers), None)
        if nxt is not None:
            self.selected_site = nxt
        self.render()
        return True

    def _choose(self, index: int) -> None:
        if self.session is not None:
            opts = self.session.options()
            if 0 <= index < len(opts):
                self.session.choose_principle(opts[index])
                self.render()

    def _toggle(self, index: int) -> None:
        if self.session is not None:
            opts = self.session.options()
            if 0 <= index < len(opts):
                self.session.toggle_line(opts[index])
                self.render()

    def reveal(self) -> bool:
        if self.session is None or self.session.current.question.kind is not QuestionKind.FLASHCARD:
            return False
        st = self.session.current
        if st.answer_shown or st.submitted:
            return False
        self.session.type_answer(self.flash.field.toPlainText())
        if not self.feedback_on_submit:          # an interview: handed in unseen, compared in the report
            self.session.hand_in()
            self.answered.emit()
            self.render()
            return True
        self.session.reveal()
        self.render()
        self.flash.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _rate_key(self, n: int | None) -> bool:
        if self.session is None or n is None or not 1 <= n <= 4:
            return False
        st = self.session.current
        if not st.answer_shown or st.submitted:
            return False
        self.rate(list(SelfGrade)[n - 1])
        return True

    def rate(self, g: SelfGrade) -> None:
        if self.session is None or self.session.self_grade(g) is None:
            return
        self.answered.emit()
        self.render()

    def _leave_text(self) -> bool:
        self.flash.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def submit(self, force: bool = False) -> bool:
        if self.session is None:
            return False
        if not force and self.session.current.question.kind is QuestionKind.FIX:
            return self.fixer.check()            # Enter outside the editor checks the fix
        if self.session.submit(force=force) is None:
            return False
        self.answered.emit()
        self.render()
        return True

    def show_hint(self) -> bool:
        if self.session is None or not self.hints_allowed or self.session.hint() is None:
            return False
        self.hinted.emit()
        self.feedback_tabs.setCurrentIndex(0)
        self.render()
        return True

    def _next(self) -> bool:
        if self.session is None:
            return False
        self.nextRequested.emit()
        return True
