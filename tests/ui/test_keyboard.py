"""The app driven by the keyboard alone: every key goes to the focused widget, as a user's would.

A full quiz through the built-in article pack (where, why, lines and
flashcard questions) from the pack list to the summary and a review of the
missed question; a practice session; a mock interview; the keymap's
documentation in Help and the README.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quizapp.quiz.model import QuestionKind
from quizapp.ui.keymap import KEYMAP, Area, expand

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


def focused():  # noqa: ANN201
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, mods)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def activate(qtbot, win) -> None:  # noqa: ANN001
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)


def answer_by_keys(view, right: bool = True) -> None:  # noqa: ANN001
    """Answer the current question with keys only (the answer key decides which)."""
    st = view.session.current
    q = st.question
    if q.kind is QuestionKind.WHERE:
        assert focused() is view.where.sites
        for i, s in enumerate(st.key.sites):
            v = s.verdict.value
            if not right and i == 0:
                v = "stack" if v == "heap" else "heap"
            press(Qt.Key.Key_S if v == "stack" else Qt.Key.Key_H)
        assert view.submit_btn.isEnabled()
        press(Qt.Key.Key_Return)
    elif q.kind is QuestionKind.WHY:
        assert focused() is view.options.list
        opts = view.session.options()
        target = opts.index(st.key.why) if right else next(i for i, o in enumerate(opts) if o != st.key.why)
        press(getattr(Qt.Key, f"Key_{target + 1}"))
        press(Qt.Key.Key_Return)
    elif q.kind is QuestionKind.LINES:
        assert focused() is view.options.list
        bar = view.options.list.verticalScrollBar()
        for _ in range(100):                                  # the panel is fitted after layout settles
            if not bar.isVisible():
                break
            QTest.qWait(20)
        assert not bar.isVisible(), "some lines are hidden below the fold"
        truth = set(st.key.lines)
        for i, opt in enumerate(view.session.options()):
            assert view.options.list.currentRow() == i
            if opt in truth:
                press(Qt.Key.Key_Space)
            press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
    elif q.kind is QuestionKind.FIX:
        assert focused() is view.fixer.panel.editor
        if right:
            view.fixer.panel.editor.setPlainText(q.solution)
        press(Qt.Key.Key_Return, CTRL)                        # Ctrl+Enter checks the edit
    elif q.kind is QuestionKind.ALLOCS:
        assert focused() is view.allocs.count
        type_text(str(st.key.allocs + (0 if right else 1)))
        press(Qt.Key.Key_Return)
    else:
        assert focused() is view.flash.field
        type_text("n escapes to heap")                       # the text field keeps its keys (even n)
        assert view.flash.field.toPlainText() == "n escapes to heap"
        press(Qt.Key.Key_Return, CTRL)                        # Ctrl+Enter reveals (hands in, in an interview)
        if view.feedback_on_submit:
            assert view.flash.model.isVisible()
            press(Qt.Key.Key_3 if right else Qt.Key.Key_1)   # 3 good, 1 again
        else:
            assert not view.flash.model.isVisible()          # no model answer before the report
    assert st.submitted, f"{q.id} was not submitted by the keys"


def test_a_whole_quiz_by_keyboard(window, qtbot) -> None:  # noqa: ANN001
    win = window
    activate(qtbot, win)
    assert focused() is win.pack_view.list                   # the pack list has focus at launch
    assert win.pack_view.current_pack().id == "builtin.article"
    press(Qt.Key.Key_Return)
    view = win.quiz_view
    assert win.current_view() == "quiz"
    pack = view.session.pack
    kinds = {q.kind for q in pack.questions}
    assert kinds == set(QuestionKind) - {QuestionKind.ALLOCS, QuestionKind.FIX}   # allocs, fix: own tests
    hinted = False
    for i in range(len(pack.questions)):
        st = view.session.current
        if not hinted and st.question.hints and st.question.kind is QuestionKind.WHERE:
            assert not view.submit_btn.isEnabled()
            press(Qt.Key.Key_Return)                           # nothing to submit yet
            assert not st.submitted
            press(Qt.Key.Key_Question)
            assert st.hints_shown == 1 and st.question.hints[0].en in view.feedback.toPlainText()
            hinted = True
        answer_by_keys(view, right=i != 0)
        assert view.next_btn.text() == ("Finish (N)" if i == len(pack.questions) - 1 else "Next (N)")
        press(Qt.Key.Key_N)
    assert hinted
    page = win.quiz_page
    assert page.page() == 2                                   # the summary, not question 1 again
    s = page.summary.summary
    assert len(s.answered) == len(pack.questions) and [q.id for q in s.missed] == [pack.questions[0].id]
    assert s.hints == 1
    assert "1 hint used" in page.summary.details.text()
    assert focused() is page.summary.buttons[0]
    assert page.summary.heading.text().startswith("Done:")
    assert "Review the 1 missed" in page.summary.buttons[0].text()
    press(Qt.Key.Key_Down)
    assert focused() is page.summary.buttons[1]
    press(Qt.Key.Key_Up)
    assert focused() is page.summary.buttons[0]
    press(Qt.Key.Key_R)                                       # review the missed question
    assert page.page() == 1 and len(view.session) == 1
    answer_by_keys(view, right=True)
    press(Qt.Key.Key_N)
    assert page.page() == 2 and page.summary.summary.missed == []
    assert page.summary.heading.text().startswith("Review done:")     # not taken for a whole run
    press(Qt.Key.Key_Escape)
    assert win.current_view() == "packs" and focused() is win.pack_view.list
    card = win.pack_view.card(next(p for p in win.packs if p.id == "builtin.article"))
    assert "last run" in card.progress_text and "answered" in card.progress_text


def test_arrows_choose_why_options_and_keys_act_on_the_focused_area(window, qtbot) -> None:  # noqa: ANN001
    win = window
    activate(qtbot, win)
    pack = next(p for p in win.packs if p.id == "builtin.article")
    win.start_pack(pack)
    view = win.quiz_view
    why = next(i for i, q in enumerate(pack.questions) if q.kind is QuestionKind.WHY)
    view.session.go(why)
    view.render()
    view.focus_primary()
    assert focused() is view.options.list
    press(Qt.Key.Key_Down)                                    # the first press chooses the row under the cursor
    first = view.session.current.chosen_principle
    assert first == view.session.options()[0]
    press(Qt.Key.Key_Down)
    assert view.session.current.chosen_principle == view.session.options()[1]
    press(Qt.Key.Key_S)                                       # S means nothing among options
    assert not view.session.current.submitted
    where = next(i for i, q in enumerate(pack.questions) if q.kind is QuestionKind.WHERE)
    view.session.go(where)
    view.render()
    view.code.setFocus()                                      # the code is a sites area too
    press(Qt.Key.Key_Down)
    assert view.selected_site == 1
    press(Qt.Key.Key_H)
    key = view.session.current.key.sites[1].key
    assert view.session.current.answers[key] == "heap"


def test_flashcard_space_reveals_and_digits_rate(window, qtbot) -> None:  # noqa: ANN001
    win = window
    activate(qtbot, win)
    pack = next(p for p in win.packs if p.id == "builtin.interview")
    win.start_pack(pack)
    view = win.quiz_view
    idx = next(i for i, q in enumerate(pack.questions) if q.kind is QuestionKind.FLASHCARD and not q.code.strip())
    view.session.go(idx)
    view.render()
    view.focus_primary()
    assert not view.code.isVisible()                          # no empty editor on a code-less card
    assert focused() is view.flash.field
    press(Qt.Key.Key_Escape)                                  # leave the text field
    assert focused() is view.flash
    press(Qt.Key.Key_4)                                       # nothing to rate before revealing
    assert not view.session.current.submitted
    press(Qt.Key.Key_Space)
    assert view.flash.model.isVisible() and view.flash.model.toPlainText().strip()
    assert "<li>" in view.flash.model.toHtml() or "<p" in view.flash.model.toHtml()
    press(Qt.Key.Key_4)
    st = view.session.current
    assert st.submitted and st.rating.value == "easy"
    assert "You rated it: easy." in view.flash.result.text()
    assert "What go build" not in view.feedback.toPlainText()


def test_practice_by_keyboard_shows_the_next_review(window, qtbot) -> None:  # noqa: ANN001
    win = window
    activate(qtbot, win)
    press(Qt.Key.Key_3, CTRL)                                 # Ctrl+3: Practice
    assert win.current_view() == "practice"
    pv = win.practice_view
    assert "due today" in pv.due.text() and "new" in pv.due.text()
    pv.practice_btn.setFocus()
    press(Qt.Key.Key_Space)
    view = win.quiz_view
    assert win.current_view() == "quiz"
    answer_by_keys(view, right=True)
    text = view.feedback.toPlainText() + view.flash.result.text()
    assert "Next review" in text or "later today" in text


def test_interview_by_keyboard(window, qtbot) -> None:  # noqa: ANN001
    win = window
    activate(qtbot, win)
    win.show_view("practice")
    pv = win.practice_view
    pv.length.setValue(2)
    assert "1 easy, 1 medium, 0 hard" in pv.mix.text()
    pv.interview_btn.setFocus()
    press(Qt.Key.Key_Space)
    view = win.quiz_view
    panel = win.quiz_page.interview_panel
    texts = (view.flash.field, view.fixer.panel.editor, view.allocs.count)  # where ? is just typed
    assert focused() in (view.where.sites, view.options.list, *texts)   # the first question has focus
    for i in range(2):
        st = view.session.current
        assert not view.hint_btn.isVisible()
        if focused() not in texts:
            press(Qt.Key.Key_Question)
            assert st.hints_shown == 0                        # no hints in interviews
        answer_by_keys(view, right=True)
        assert focused() is panel.principle                  # explain your answer
        assert "Principle" not in view.feedback.toPlainText()
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
    page = win.quiz_page
    assert page.page() == 3
    text = page.report.text.toPlainText()
    assert "Your answer" in text and "Model answer" in text
    win.show_view("practice")
    assert pv.history.count() == 1 and "2 questions" in pv.history.item(0).text()
    pv.history.setCurrentRow(0)
    pv.history.setFocus()
    press(Qt.Key.Key_Return)                                  # reopened from the history
    assert win.current_view() == "quiz" and page.page() == 3


def test_help_and_readme_document_every_binding(window, qtbot) -> None:  # noqa: ANN001
    from quizapp.ui.help import ShortcutsDialog
    dlg = ShortcutsDialog(window)
    text = dlg.text.toPlainText()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Keyboard"):]
    section = section[:section.index("\n## ", 4)] if "\n## " in section[4:] else section
    for b in KEYMAP:
        from quizapp.ui.keymap import tr
        assert tr(b.text) in text
        for k in b.keys:
            shown = "Enter" if k in ("Return", "Enter") else k
            assert shown in text
            assert re.search(re.escape(shown.replace("Return", "Enter")), section), f"README lacks {shown} ({b.text})"
        assert b.text in section, f"README lacks: {b.text}"
    assert {b.area for b in KEYMAP} == set(Area)
    assert expand("1-4") == [("1", 1), ("2", 2), ("3", 3), ("4", 4)]
