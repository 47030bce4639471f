"""A run left and continued: where it is, and what it already cost (hints), survive."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .test_flows import _example, analysed


def test_hints_stay_counted_when_a_run_is_left_and_continued(window, qtbot) -> None:  # noqa: ANN001
    win = window
    pack = _example(win)
    win.start_pack(pack)
    view = win.quiz_view
    analysed(view, qtbot)
    assert view.session.current.question.hints
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Question)
    assert view.session.current.hints_shown == 1
    win.show_view("packs")
    win.start_pack(pack)                               # Continue
    view = win.quiz_view
    analysed(view, qtbot)
    st = view.session.current
    assert st.hints_shown == 1 and "1/1" in view.hint_btn.text()
    st.answers = {s.key: s.verdict.value for s in st.key.sites}
    assert view.submit()
    assert "You used 1 hint." in view.feedback.toPlainText()
    answered = win.progress.attempt_answers(win.quiz_page.mode.attempt_id)
    assert [a.hints for a in answered] == [1]


def test_the_card_names_the_question_the_run_is_on(window, qtbot) -> None:  # noqa: ANN001
    win = window
    pack = _example(win)
    win.start_pack(pack)
    view = win.quiz_view
    analysed(view, qtbot)
    st = view.session.current
    st.answers = {s.key: s.verdict.value for s in st.key.sites}
    assert view.submit()
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_N)
    assert view.session.index == 1
    win.show_view("packs")
    assert "in progress: question 2" in win.pack_view.card(pack).progress_text


def test_the_empty_quiz_page_is_not_clipped(window, qtbot) -> None:  # noqa: ANN001
    from .checks import clipped
    for size in ((1024, 700), (1280, 840)):
        window.resize(*size)
        window.show_view("quiz")
        qtbot.wait(50)
        page = window.quiz_page
        assert page.stack.currentWidget() is page.empty
        assert clipped(page.empty) == []
        assert page.empty_text.height() >= 2 * page.empty_text.fontMetrics().height()


def test_a_flashcard_rated_hard_is_remembered_not_missed(window, qtbot) -> None:  # noqa: ANN001
    from quizapp.quiz.grading import SelfGrade
    from quizapp.quiz.model import QuestionKind
    from quizapp.quiz.summary import summarize
    win = window
    pack = _example(win)
    win.start_pack(pack)
    view = win.quiz_view
    idx = next(i for i, q in enumerate(pack.questions) if q.kind is QuestionKind.FLASHCARD)
    view.session.go(idx)
    view.render()
    analysed(view, qtbot)
    assert view.reveal()
    qtbot.keyClick(view.flash, Qt.Key.Key_2)
    assert view.session.current.rating is SelfGrade.HARD
    assert view.flash.result.objectName() == "right"
    assert all(q.id != pack.questions[idx].id for q in summarize(view.session).missed)


def test_a_long_lines_question_shows_every_option_and_numbers_reach_past_nine(window, qtbot) -> None:  # noqa: ANN001
    win = window
    win.resize(1280, 840)
    pack = next(p for p in win.packs if p.id == "builtin.principle.compiler-decides")
    win.start_pack(pack, restart=True)
    view = win.quiz_view
    view.session.go(next(i for i, q in enumerate(pack.questions) if q.id == "queue-self-assignment-lines"))
    view.render()
    analysed(view, qtbot)
    qtbot.wait(50)
    lst = view.options.list
    opts = view.session.options()
    assert len(opts) >= 12

    def all_shown() -> bool:
        vp = lst.viewport().rect()
        return all(vp.contains(lst.visualItemRect(lst.item(i))) for i in range(lst.count()))

    assert all_shown() and not lst.verticalScrollBar().isVisible()
    assert lst.item(11).text().lstrip().startswith("12")
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_1)
    qtbot.keyClick(lst, Qt.Key.Key_2)
    assert view.session.current.chosen_lines == {opts[11]}
    qtbot.keyClick(lst, Qt.Key.Key_3)                       # no row 30: row 3 at once
    assert view.session.current.chosen_lines == {opts[11], opts[2]}
    qtbot.keyClick(lst, Qt.Key.Key_1)                       # "1" alone: row 1 after a pause
    qtbot.waitUntil(lambda: opts[0] in view.session.current.chosen_lines, timeout=3000)
    for o in opts:
        if o not in view.session.current.chosen_lines:
            view.session.toggle_line(o)
    assert view.submit()
    qtbot.wait(50)
    assert all_shown() and lst.horizontalScrollBar().maximum() == 0   # feedback rows wrap, never scroll sideways


def test_chinese_pack_descriptions_wrap_onto_two_lines(window) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontMetrics

    from quizapp.ui.pack_cards import _two_lines
    fm = QFontMetrics(window.pack_view.list.font())
    width = 600
    text = "中" * int(1.5 * width / fm.horizontalAdvance("中"))      # a line and a half
    assert _two_lines(fm, text, width) == text
    english = "word " * int(1.5 * width / fm.horizontalAdvance("word "))
    assert _two_lines(fm, english.strip(), width) == english.strip()
    assert _two_lines(fm, text * 2, width).endswith("…")              # three lines are cut


def test_an_unchecked_box_stands_out_in_both_themes(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

    from quizapp.ui import theme

    from .views import contrast, pixels
    app = QApplication.instance()
    try:
        for mode in ("dark", "light"):
            theme.set_mode(mode)
            theme.apply(app)
            box = QCheckBox("What if it stayed on the stack?")
            qtbot.addWidget(box)
            box.show()
            opt = QStyleOptionButton()
            box.initStyleOption(opt)
            rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
            counts = pixels(box.grab().toImage(), rect.adjusted(-2, -2, 2, 2))
            bg = int(theme.ui_palette()["window"][1:], 16)
            edge = max(contrast(c, bg) for c, n in counts.items() if n >= 4)
            assert edge >= 3.0, f"{mode}: the box's edge has {edge:.2f}:1 against the window"
    finally:
        theme.set_mode(None)
        theme.apply(app)


def test_the_calendar_names_the_current_month_and_the_charts_fit() -> None:
    from datetime import date

    from quizapp.ui.stats_view import MIN_HEIGHT, month_labels, regions
    labels = month_labels(date(2026, 12, 4))               # 1 December is a Tuesday
    assert labels[-1] == (17, 12) and [m for _, m in labels] == [8, 9, 10, 11, 12]
    assert [m for _, m in month_labels(date(2026, 3, 2))][-1] == 3     # 1 March is a Sunday
    for w, h in ((880, MIN_HEIGHT), (1336, 720), (3800, 2000)):
        for name, r in regions(w, h).items():
            assert r.bottom() <= max(h, MIN_HEIGHT) and r.right() <= w, (name, w, h)


def test_heap_is_never_the_colour_of_wrong() -> None:
    from PySide6.QtGui import QColor

    from quizapp.ui import theme
    for pal in (theme.LIGHT, theme.DARK):
        for other in ("wrong", "error"):
            apart = abs(QColor(pal["heap"]).hue() - QColor(pal[other]).hue()) % 360
            assert min(apart, 360 - apart) >= 15, (pal["heap"], pal[other])


def test_every_principle_name_fits_its_label_at_1024(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFont, QFontMetrics

    from quizapp.analysis.principles import PRINCIPLES, PrincipleId
    from quizapp.ui.bars import label_width
    from quizapp.ui.stats_view import regions
    font = QFont(qapp.font())
    font.setPointSizeF(9)                    # the charts' text (Charts._title)
    fm = QFontMetrics(font)
    width = regions(1024 - 60, 700)["accuracy"].width()     # the window less margins and scroll bar
    for lang in ("en", "zh"):
        names = [PRINCIPLES[p].title(lang) for p in PrincipleId]
        room = label_width(fm, names, width)
        assert all(fm.horizontalAdvance(n) <= room for n in names), lang


def test_answers_placed_and_not_submitted_come_back_with_the_run(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    """Sites placed, a flashcard typed: the app closes before Submit, opens again, Continue."""
    from quizapp.quiz.model import QuestionKind
    from quizapp.ui.app import create
    win = window
    pack = _example(win)
    win.start_pack(pack)
    view = win.quiz_view
    analysed(view, qtbot)
    st = view.session.current
    first = st.key.sites[0]
    view.session.answer_site(first.key, "heap")
    flash = next(i for i, q in enumerate(pack.questions) if q.kind is QuestionKind.FLASHCARD)
    view.session.go(flash)
    view.session.current.typed_answer = "the compiler decides"
    view.session.go(0)
    win.close()
    _app, win2, _state = create(["quizapp"], profile=tmp_path)
    qtbot.addWidget(win2)
    p2 = next(p for p in win2.packs if p.id == pack.id)
    win2.start_pack(p2)                                # Continue
    view2 = win2.quiz_view
    analysed(view2, qtbot)
    st2 = view2.session.current
    assert st2.answers == {first.key: "heap"} and not st2.submitted
    assert view2.session.state(flash).typed_answer == "the compiler decides"
    view2.session.answer_site(first.key, first.verdict.value)
    win2.start_pack(p2)                                # left and continued in the same window
    assert win2.quiz_view.session.current.answers == {first.key: first.verdict.value}
    win2.close()
