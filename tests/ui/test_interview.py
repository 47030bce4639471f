"""A mock interview gives nothing away before its report, and says when time ran out."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from quizapp.quiz.model import QuestionKind
from quizapp.quiz.modes import InterviewMode

from .test_flows import _example, analysed


def _interview_of(win, kind: QuestionKind) -> InterviewMode:  # noqa: ANN001
    pack = _example(win)
    only = dataclasses.replace(pack, questions=[q for q in pack.questions if q.kind is kind])
    mode = InterviewMode([only], win.scheduler, length=1)
    win._run(mode)
    return mode


def test_a_free_text_answer_is_handed_in_unseen_and_compared_in_the_report(window, qtbot) -> None:  # noqa: ANN001
    win = window
    _interview_of(win, QuestionKind.FLASHCARD)
    view = win.quiz_view
    st = view.session.current
    assert view.flash.field.hasFocus()
    qtbot.keyClicks(view.flash.field, "the box escapes")
    qtbot.keyClick(view.flash.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert st.submitted and st.typed_answer == "the box escapes"
    assert not view.flash.model.isVisibleTo(view) and not any(b.isVisibleTo(view) for b in view.flash.rate_btns.values())
    assert view.flash.field.isReadOnly() and "Answer recorded" in view.flash.result.text()
    panel = win.quiz_page.interview_panel
    panel.principle.setCurrentIndex(1)
    qtbot.keyClick(panel.principle, Qt.Key.Key_Return)
    report = win.quiz_page.report.text.toPlainText()
    assert "not scored" in report and "the box escapes" in report
    assert win.progress.count() == 0            # a free-text answer is not a miss in the statistics


def test_time_running_out_is_said_at_once(window, qtbot) -> None:  # noqa: ANN001
    win = window
    _interview_of(win, QuestionKind.WHERE)
    view = win.quiz_view
    analysed(view, qtbot)
    qtbot.keyClick(view.where.sites, Qt.Key.Key_H)      # one of the two sites
    panel = win.quiz_page.interview_panel
    panel.deadline = 0
    qtbot.waitUntil(lambda: view.session.current.submitted, timeout=3000)
    assert panel.clock.text() == "Time is up"
    text = view.feedback.toPlainText()
    assert "Time is up." in text and "1 part was left unanswered" in text


def test_enter_without_a_principle_asks_first(window, qtbot) -> None:  # noqa: ANN001
    win = window
    _interview_of(win, QuestionKind.WHY)
    view = win.quiz_view
    analysed(view, qtbot)
    view.session.choose_principle(view.session.options()[0])
    assert view.submit()
    panel = win.quiz_page.interview_panel
    assert panel.principle.currentData() is None
    qtbot.keyClick(panel.principle, Qt.Key.Key_Return)
    assert panel.note.isVisible() and "Enter again" in panel.note.text()
    assert win.quiz_page.page() != 3                     # still here
    qtbot.keyClick(panel.principle, Qt.Key.Key_Return)   # asked once: now it goes on
    assert win.quiz_page.page() == 3


def test_the_report_renders_code_and_lists_and_its_export_is_confirmed(window, qtbot, tmp_path,  # noqa: ANN001
                                                                       monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from quizapp.quiz.report import report_html
    win = window
    mode = _interview_of(win, QuestionKind.FLASHCARD)
    view = win.quiz_view
    qtbot.keyClick(view.flash.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    panel = win.quiz_page.interview_panel
    panel.principle.setCurrentIndex(1)
    qtbot.keyClick(panel.principle, Qt.Key.Key_Return)
    page = report_html(mode.report, "en")
    model = mode.origins[0].question.answer.en
    assert "`" in model and "`" not in page.split("<body>")[1]      # code spans, not backticks
    assert "<code>" in page
    shown = win.quiz_page.report.text.toPlainText()
    assert "`" not in shown
    target = tmp_path / "r.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, title, text: said.append(text)))
    win.quiz_page.report.export()
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert said == [f"The report was written to {target}."]


def test_the_principle_prompt_and_its_note_fit_a_small_window(window, qtbot) -> None:  # noqa: ANN001
    from .checks import clipped
    win = window
    win.resize(1024, 700)
    _interview_of(win, QuestionKind.WHY)
    view = win.quiz_view
    analysed(view, qtbot)
    view.session.choose_principle(view.session.options()[0])
    assert view.submit()
    panel = win.quiz_page.interview_panel
    qtbot.keyClick(panel.principle, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert panel.note.isVisible() and clipped(panel) == []


def test_the_clock_stops_once_the_answer_is_handed_in(window, qtbot) -> None:  # noqa: ANN001
    win = window
    _interview_of(win, QuestionKind.FLASHCARD)
    view = win.quiz_view
    panel = win.quiz_page.interview_panel
    qtbot.keyClicks(view.flash.field, "no")
    qtbot.keyClick(view.flash.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.session.current.submitted
    shown = panel.clock.text()
    panel.deadline -= 5                  # five seconds pass
    qtbot.wait(400)                      # more than a tick of the clock
    assert panel.clock.text() == shown and not panel.timer.isActive()
    assert "Time is up" not in shown
