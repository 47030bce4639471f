"""A lines question shows every option, before and after submitting, at a common window size."""

from __future__ import annotations

from .test_flows import analysed


def test_the_article_lines_question_shows_all_its_rows(window, qtbot) -> None:  # noqa: ANN001
    win = window
    win.resize(1000, 560)             # a first size, before the window gets its own
    pack = next(p for p in win.packs if p.id == "builtin.article")
    win.start_pack(pack, restart=True)
    view = win.quiz_view
    view.session.go(next(i for i, q in enumerate(pack.questions) if q.id == "increase-lines") - 1)
    view.render()
    analysed(view, qtbot)
    view.nextRequested.emit()        # arrive from the previous question, as a learner does
    win.resize(1400, 900)
    qtbot.wait(100)
    analysed(view, qtbot)
    qtbot.wait(100)
    lst = view.options.list
    assert view.session.current.question.id == "increase-lines" and lst.count() >= 6

    def all_shown() -> bool:
        vp = lst.viewport().rect()
        return all(vp.contains(lst.visualItemRect(lst.item(i))) for i in range(lst.count()))

    assert all_shown(), (lst.height(), lst.fitted_height())
    view.session.toggle_line(view.session.options()[0])
    assert view.submit()             # the rows grow their notes: the split follows
    qtbot.wait(100)
    assert all_shown(), (lst.height(), lst.fitted_height())
