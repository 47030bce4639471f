"""The fix question's editor: edit, check (off the GUI thread), reset, the model solution, both languages."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from quizapp.quiz.fix import FixOutcome


def start(win):  # noqa: ANN001, ANN201
    pack = next(p for p in win.packs if p.id == "builtin.fix")
    win.start_pack(pack, restart=True)
    view = win.quiz_view
    return view, view.session.current.question


def feedback(view) -> str:  # noqa: ANN001
    return view.feedback.toPlainText()


def check_with_keys(qtbot, view) -> None:  # noqa: ANN001
    editor = view.fixer.panel.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_editor_checks_records_once_and_shows_the_solution(window, qtbot) -> None:  # noqa: ANN001
    view, q = start(window)
    p = view.fixer.panel
    assert p.editor_box.isVisible() and not view.code.isVisible() and not view.submit_btn.isVisible()
    assert p.editor.toPlainText() == q.code.strip("\n") + "\n" and not p.editor.isReadOnly()
    assert not p.solution_btn.isEnabled() and not p.tabs.isTabEnabled(1)     # no attempt yet
    assert not p.reset_btn.isEnabled()

    p.editor.setPlainText(q.code.replace("return &c", "return &d"))        # does not compile: no attempt
    assert p.reset_btn.isEnabled()
    check_with_keys(qtbot, view)
    text = feedback(view)
    assert "Your code does not compile." in text and "undefined: d" in text
    assert not view.session.current.submitted and list(window.progress.answers()) == []

    p.reset_btn.click()
    assert p.editor.toPlainText() == q.code.strip("\n") + "\n"
    check_with_keys(qtbot, view)                                            # the original: still escapes
    text = feedback(view)
    assert "Not fixed yet." in text and "c still escapes" in text and "moved to heap: c" in text
    answers = list(window.progress.answers())
    assert [a.correct for a in answers] == [False]
    assert json.loads(answers[0].given)["result"]["outcome"] == FixOutcome.ESCAPES.value
    wrong = [m for m in p.editor.marks if m.kind == "wrong"]                # the site, marked in the editor
    assert [(m.line, m.col, m.length) for m in wrong] == [(8, 2, 1)]        # c, its whole name
    assert view.session.current.hints_shown == 0 and (view.hint_btn.isEnabled() or not q.hints)

    assert p.solution_btn.isEnabled()
    p.solution_btn.click()
    assert p.tabs.currentIndex() == 1 and p.solution.toPlainText().strip() == q.solution.strip()

    p.editor.setPlainText(q.solution)
    assert p.editor.marks == []                                             # stale marks go with the edit
    view.fixer.check()
    assert "Fixed!" in feedback(view) and "it is the one recorded" in feedback(view)
    (mark,) = p.editor.marks                                                # the marker, not column 1
    line = p.editor.toPlainText().split("\n")[mark.line - 1]
    assert line[mark.col - 1:mark.col - 1 + mark.length] == "// want: stack" and mark.kind == "right"
    assert len(list(window.progress.answers())) == 1                        # the first judged check only


def test_marker_deleted_and_output_differs_are_explained(window) -> None:  # noqa: ANN001
    view, q = start(window)
    p = view.fixer.panel
    p.editor.setPlainText(q.solution.replace("// want: stack", ""))
    view.fixer.check()
    assert "The marker is gone." in feedback(view) and "does not count as a fix" in feedback(view)
    p.editor.setPlainText(q.solution.replace("c.n++", "c.n += 5"))
    view.fixer.check()
    text = feedback(view)
    assert "The program prints something else" in text and "standard output" in text
    assert "2\n" in text and "6\n" in text


def test_enter_outside_the_editor_checks_and_the_keymap_lists_the_keys(window, qtbot) -> None:  # noqa: ANN001
    from quizapp.ui.keymap import Action, Area, bindings
    view, q = start(window)
    actions = {b.action for b in bindings(Area.EDITOR)}
    assert {Action.CHECK, Action.RESET_CODE} <= actions
    view.fixer.panel.editor.setPlainText(q.solution)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "Fixed!" in feedback(view) and view.session.current.grade.correct
    assert "has changed since this check" not in feedback(view)
    qtbot.keyClick(view.fixer.panel.editor, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.fixer.panel.editor.toPlainText() == q.code.strip("\n") + "\n"
    text = feedback(view)        # the feedback is still the check's, and says it is about other code
    assert "Your code has changed since this check" in text and "Fixed!" in text
    view.fixer.panel.editor.setPlainText(q.solution)                   # back to what was checked
    assert "has changed since this check" not in feedback(view)
    p = view.fixer.panel
    p.tabs.setCurrentIndex(0)
    qtbot.keyClick(p.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert p.tabs.currentIndex() == 1 and "Ctrl+Shift+M" in p.solution_btn.toolTip()


def test_feedback_in_chinese(window) -> None:  # noqa: ANN001
    view, q = start(window)
    window.state.set_language("zh")
    view.fixer.check()
    text = feedback(view)
    assert "还没有改好" in text and "c 仍然逃逸" in text and "移到堆上" in text
    assert "检查" in view.fixer.panel.check_btn.text()


def test_an_interview_takes_one_check_unseen(window) -> None:  # noqa: ANN001
    view, q = start(window)
    view.feedback_on_submit = False
    view.fixer.check()
    assert view.session.current.submitted and view.fixer.panel.editor.isReadOnly()
    assert not view.fixer.panel.check_btn.isEnabled() and not view.fixer.panel.solution_btn.isEnabled()
    assert "Not fixed" not in feedback(view)


def _drawn(view, qtbot) -> tuple[str, str]:  # noqa: ANN001
    """The program the diagram tab runs, and the note above the drawing."""
    d = view.diagram
    assert view.feedback_tabs.isTabEnabled(1)
    view.feedback_tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: d.model is not None and d.canvas.scene is not None
                    and d.model.scenes.get((d.index, d.what_if.isChecked())) is d.canvas.scene)
    return "\n".join(d.model.source_lines).strip("\n"), d.note.text() if d.note_box.isVisible() else ""


def _heap_labels(model) -> set[str]:  # noqa: ANN001
    return {o.label for o in model.view(model.opening_step()).heap}


def test_the_diagram_runs_the_checked_edit_or_says_it_runs_the_original(window, qtbot) -> None:  # noqa: ANN001
    view, q = start(window)
    p = view.fixer.panel
    view.fixer.check()                                   # the original, unedited: a judged attempt
    code, note = _drawn(view, qtbot)
    assert code == q.code.strip("\n") and note == ""
    assert "c" in _heap_labels(view.diagram.model)       # &c: c moved to the heap

    view.feedback_tabs.setCurrentIndex(0)
    p.editor.setPlainText(q.solution)                    # fixed: c stays on the stack
    view.fixer.check()
    code, note = _drawn(view, qtbot)
    assert code == q.solution.strip("\n") and "your code as you last checked it" in note
    assert "c" not in _heap_labels(view.diagram.model)
    d = view.diagram
    assert d.current_line() > 0 and p.editor._line_sels                      # its line, in the editor
    assert p.editor._line_sels[0].cursor.blockNumber() + 1 == d.current_line()
    p.editor.setPlainText(q.solution + "\n// later\n")   # edited since: no line of the edit is marked
    assert p.editor._line_sels == []

    view.feedback_tabs.setCurrentIndex(0)
    p.editor.setPlainText(q.code.replace("return &c", "return &d"))          # does not compile
    view.fixer.check()
    code, note = _drawn(view, qtbot)
    assert code == q.code.strip("\n") and "does not compile" in note and "original code" in note


def test_the_diagram_note_of_a_fix_in_chinese(window, qtbot) -> None:  # noqa: ANN001
    view, q = start(window)
    window.state.set_language("zh")
    view.fixer.panel.editor.setPlainText(q.solution)
    view.fixer.check()
    _code, note = _drawn(view, qtbot)
    assert "你" in note and "检查" in note and "checked" not in note
