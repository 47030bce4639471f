"""An allocs question as a learner answers it: type a number, Enter, read which sites allocate."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.test_flows import analysed


def _open(win, qtbot, qid: str):  # noqa: ANN001, ANN202
    pack = next(p for p in win.packs if p.id == "builtin.allocations")
    win.start_pack(pack)
    view = win.quiz_view
    view.session.go(next(i for i, q in enumerate(pack.questions) if q.id == qid))
    view.render()
    analysed(view, qtbot)
    view.focus_primary()
    return view


def test_type_the_count_and_submit_with_enter(window, qtbot) -> None:  # noqa: ANN001
    view = _open(window, qtbot, "small-box")
    box = view.allocs.count
    assert view.panels.currentWidget() is view.allocs and box.hasFocus()
    assert box.text() == "–" and not view.submit_btn.isEnabled()     # no answer until one is given
    key = view.session.current.key
    wrong = key.allocs + 1
    qtbot.keyClicks(box, str(wrong))
    assert view.session.current.allocs == wrong and view.submit_btn.isEnabled()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    st = view.session.current
    assert st.grade is not None and not st.grade.correct
    assert box.isReadOnly() and str(key.allocs) in view.allocs.result.text()
    fb = view.feedback.toPlainText()
    assert "Wrong." in fb and "no heap allocation per call of record" in fb
    assert "Your answer: ✘ " + str(wrong) in fb
    # the box escapes, the run allocates nothing: the note computed from the trace says why
    note = key.runtime().notes[key.sites[0].key]
    assert "At run time: Escapes, but Go allocates nothing at run time" in fb
    assert note.why("en").split(":")[0] in fb


def test_right_count_with_the_arrow_keys_in_chinese(window, qtbot) -> None:  # noqa: ANN001
    window.state.set_language("zh")
    view = _open(window, qtbot, "counter-closure")
    key = view.session.current.key
    box = view.allocs.count
    for _ in range(key.allocs + 1):          # from "–" (no answer) up to the count
        qtbot.keyClick(box, Qt.Key.Key_Up)
    assert view.session.current.allocs == key.allocs
    qtbot.mouseClick(view.submit_btn, Qt.MouseButton.LeftButton)
    assert view.session.current.grade.correct
    fb = view.feedback.toPlainText()
    assert "每次调用" in fb and "moved to heap: c" in fb and "Correct" not in fb


def test_answers_of_allocs_questions_are_recorded(window, qtbot) -> None:  # noqa: ANN001
    view = _open(window, qtbot, "constructor")
    n = view.session.current.key.allocs
    qtbot.keyClicks(view.allocs.count, str(n))
    qtbot.keyClick(view.allocs.count, Qt.Key.Key_Return)
    rows = [a for a in window.progress.answers("builtin.allocations") if a.question_id == "constructor"]
    assert len(rows) == 1 and rows[0].correct and json.loads(rows[0].given) == {"allocs": n}
