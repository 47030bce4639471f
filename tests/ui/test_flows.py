"""The app as a learner uses it: pick a pack, answer, read the feedback, use the sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quizapp.quiz.model import QuestionKind
from quizapp.quiz.text import copyable


def _example(win):  # noqa: ANN001, ANN202
    return next(p for p in win.packs if p.id == "example.basics")


def _open_question(win, qtbot, kind: QuestionKind):  # noqa: ANN001, ANN202
    pack = _example(win)
    idx = next(i for i, q in enumerate(pack.questions) if q.kind is kind)
    win.start_pack(pack)
    win.quiz_view.session.go(idx)
    win.quiz_view.render()
    assert win.current_view() == "quiz"
    analysed(win.quiz_view, qtbot)
    return win.quiz_view


def analysed(view, qtbot) -> None:  # noqa: ANN001
    """Questions are analysed off the GUI thread: wait until the current one is ready."""
    qtbot.waitUntil(lambda: not view.analysing, timeout=30_000)


def test_start_pack_from_the_list_with_the_keyboard(window, qtbot) -> None:  # noqa: ANN001
    win = window
    assert win.current_view() == "packs"
    lst = win.pack_view.list
    row = next(i for i in range(lst.count()) if lst.item(i).data(Qt.ItemDataRole.UserRole) == "example.basics")
    lst.setCurrentRow(row)
    qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert win.current_view() == "quiz"
    assert win.quiz_view.title.text() == "Returning an address"
    assert "Analysing" in win.quiz_view.feedback.toPlainText() or not win.quiz_view.session.current.pending
    analysed(win.quiz_view, qtbot)
    assert len(win.quiz_view.session.current.key.sites) == 2


def test_where_question_right_then_wrong(window, qtbot) -> None:  # noqa: ANN001
    view = _open_question(window, qtbot, QuestionKind.WHERE)
    key = view.session.current.key
    names = [s.name for s in key.sites]
    assert names == ["x", "y"]
    # keyboard on the site list: first site selected; H for x, S for y, Enter
    sites = view.where.sites
    assert not view.submit_btn.isEnabled()                 # nothing answered yet
    qtbot.keyClick(sites, Qt.Key.Key_H)
    assert not view.submit_btn.isEnabled()                 # one site left
    qtbot.keyClick(sites, Qt.Key.Key_S)
    assert view.submit_btn.isEnabled()
    qtbot.keyClick(sites, Qt.Key.Key_Return)
    st = view.session.current
    assert st.grade is not None and st.grade.correct
    fb = view.feedback.toPlainText()
    assert "Correct!" in fb and "Sharing up escapes" in fb and "moved to heap: x" in fb
    # the explanation's `code spans` are shown in code font, without their backticks
    assert "`" not in fb
    shown = copyable(view.feedback.toHtml().replace("&nbsp;", "\u00a0"))   # a span is kept whole by joiners
    assert "font-family:'monospace';\">moved to heap: x</span>" in shown
    # the other way round, with the mouse on the site list and buttons
    view.session.states.clear()
    view.render()
    sites.setCurrentRow(0)
    qtbot.mouseClick(view.where.stack_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.where.heap_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.submit_btn, Qt.MouseButton.LeftButton)
    st = view.session.current
    assert st.grade is not None and not st.grade.correct
    assert "Not quite." in view.feedback.toPlainText()
    assert sites.item(0).text().startswith("✘")      # told by icon and text, not colour
    assert "wrong" in sites.item(0).text()


def test_clicking_a_site_in_the_code_selects_it(window, qtbot) -> None:  # noqa: ANN001
    view = _open_question(window, qtbot, QuestionKind.WHERE)
    y = view.session.current.key.sites[1]
    view.code.siteClicked.emit(y.key)
    assert view.selected_site == 1
    qtbot.keyClick(view.where.sites, Qt.Key.Key_S)
    assert view.session.current.answers[y.key] == "stack"


def test_lines_question(window, qtbot) -> None:  # noqa: ANN001
    view = _open_question(window, qtbot, QuestionKind.LINES)
    truth = set(view.session.current.key.lines)
    for i, opt in enumerate(view.session.options()):
        if opt in truth:
            view.options.choose(i)
    view.submit()
    assert view.session.current.grade.correct
    assert "printed" in view.options.list.item(0).text()


def test_why_question(window, qtbot) -> None:  # noqa: ANN001
    view = _open_question(window, qtbot, QuestionKind.WHY)
    answer = view.session.current.key.why
    idx = view.session.options().index(answer)
    view.options.choose(idx)
    view.submit()
    assert view.session.current.grade.correct
    assert "the answer" in view.options.list.item(idx).text()


def test_flashcard_self_graded(window, qtbot) -> None:  # noqa: ANN001
    view = _open_question(window, qtbot, QuestionKind.FLASHCARD)
    assert not view.flash.model.isVisible()
    qtbot.mouseClick(view.flash.reveal_btn, Qt.MouseButton.LeftButton)
    assert "gcflags" in view.flash.model.toPlainText()
    from quizapp.quiz.grading import SelfGrade
    qtbot.mouseClick(view.flash.rate_btns[SelfGrade.GOOD], Qt.MouseButton.LeftButton)
    assert view.session.current.grade.correct


def test_sandbox_syntax_error_then_fix(window, qtbot) -> None:  # noqa: ANN001
    win = window
    win.show_view("sandbox")
    sb = win.sandbox_view
    sb.set_text("package main\n\nfunc f() *int {\n\tx := \n\treturn &x\n}\n\nfunc main() { _ = f() }\n")
    qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation, timeout=5000)
    assert any(k == "error" for _, _, k, _ in sb.latest.items)
    assert "does not compile" in sb.status.text()
    sb.set_text("package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n")
    qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation
                    and not any(k == "error" for _, _, k, _ in sb.latest.items), timeout=5000)
    assert sb.latest.lines == ["4:2: moved to heap: x"]
    rows = [sb.diag_list.item(i).text() for i in range(sb.diag_list.count())]
    assert [r for r in rows if not r.startswith("≠")] == ["▲ 4:2  moved to heap: x"]


def test_sandbox_wraps_a_fragment_and_survives_restart(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    sb = window.sandbox_view
    sb.set_text("x := 1\np := &x\nprintln(p)")
    qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation, timeout=5000)
    assert sb.latest.wrapped
    assert "wrapped" in sb.output.toPlainText()
    assert (tmp_path / "data" / "sandbox.go").read_text() == "x := 1\np := &x\nprintln(p)"


def test_language_switch(window, qtbot) -> None:  # noqa: ANN001
    win = window
    win.state.set_language("zh")
    assert win.tabs.tabText(0) == "题库"
    from PySide6.QtWidgets import QDialogButtonBox
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box.buttons()[0].text() == "关闭"                       # Qt's own words too
    assert win.pack_view.start_btn.text() == "开始（Enter）"
    win.state.set_language("en")
    assert win.tabs.tabText(0) == "Packs"


def test_huge_file_is_refused_without_freezing(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    big = tmp_path / "big.go"
    big.write_text("package main\n\nfunc main() {\n" + "\tprintln(1)\n" * 50_001 + "}\n")
    sb = window.sandbox_view
    assert sb.load_file(big)
    qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation, timeout=10000)
    assert "more than 50,000 lines" in sb.output.toPlainText() and sb.status.text() == "Not analysed"
    assert sb.editor.highlighter.document() is None


def test_not_utf8_file_is_refused(window, qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.go"
    bad.write_bytes(b"package main\n\xff\xfe\n")
    shown = []
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert not window.sandbox_view.load_file(bad)
    assert shown and "not UTF-8" in shown[0]


def test_practice_records_and_reschedules(window, qtbot) -> None:  # noqa: ANN001
    win = window
    win.show_view("practice")
    win.start_practice(None, "example.basics")
    assert win.current_view() == "quiz"
    view = win.quiz_view
    st = view.session.current
    pack_q = st.question.id
    for s in st.key.sites:
        view.session.answer_site(s.key, s.verdict.value)
    view.submit()
    assert win.progress.card("example.basics", pack_q) is not None
    assert [a.mode for a in win.progress.answers()] == ["practice"]
    assert win.stats_view.summary.text() == "1 answer, 100% right"
    assert "Next review" in view.feedback.toPlainText() or "later today" in view.feedback.toPlainText()


def test_interview_times_out_then_asks_for_the_principle(window, qtbot) -> None:  # noqa: ANN001
    win = window
    win.start_interview(2, None)
    page = win.quiz_page
    scored = [o for o in page.mode.origins if o.question.kind is not QuestionKind.FLASHCARD]
    panel = page.interview_panel
    assert panel.isVisible() and "Question 1 of 2" in panel.progress_label.text()
    assert "Time left" in panel.clock.text()
    assert not win.quiz_view.hint_btn.isVisible()          # no hints in interviews
    panel.deadline = 0                      # the clock runs out
    qtbot.waitUntil(lambda: win.quiz_view.session.current.submitted, timeout=3000)
    assert win.quiz_view.session.current.timed_out
    assert panel.next_btn.isVisible()       # explain your answer
    assert "report" in win.quiz_view.feedback.toPlainText()   # no explanation before the report
    panel.principle.setCurrentIndex(1)
    qtbot.mouseClick(panel.next_btn, Qt.MouseButton.LeftButton)
    assert "Question 2 of 2" in panel.progress_label.text()
    panel.deadline = 0
    qtbot.waitUntil(lambda: win.quiz_view.session.current.submitted, timeout=3000)
    qtbot.mouseClick(panel.next_btn, Qt.MouseButton.LeftButton)
    assert panel.isVisible() and panel.note.isVisible()     # no principle chosen: asked first
    qtbot.mouseClick(panel.next_btn, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert page.page() == 3 and "Mock interview report" in page.report.text.toPlainText()
    assert [a.mode for a in win.progress.answers()] == ["interview"] * len(scored)   # free text is not scored


def test_progress_survives_restart(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    win = window
    win.start_pack(next(p for p in win.packs if p.id == "example.basics"))
    view = win.quiz_view
    view.session.go(3)                                          # the flashcard
    view.render()
    view.reveal()
    from quizapp.quiz.grading import SelfGrade
    qtbot.mouseClick(view.flash.rate_btns[SelfGrade.EASY], Qt.MouseButton.LeftButton)
    win.close()
    from quizapp.quiz.progress import Progress
    stored = list(Progress(tmp_path / "data" / "progress.sqlite3").answers())
    assert [(a.pack_id, a.question_id, a.correct) for a in stored] == [("example.basics", "check-yourself", True)]


def _open_initvalue(window):  # noqa: ANN001, ANN202 - the quiz view
    """The article's initValue question (heap with -l, a stack copy in a default build), shown."""
    pack = next(p for p in window.packs if p.id == "builtin.article")
    idx = next(i for i, q in enumerate(pack.questions) if q.id == "initvalue-sharing-up")
    window.start_pack(pack, restart=True)
    view = window.quiz_view
    view.session.go(idx)
    view.render()
    return view


def test_feedback_gives_the_other_build_and_the_inlined_call(window, qtbot) -> None:  # noqa: ANN001
    """initValue returns &i: heap with -l; in a default build main's copy stays on the stack."""
    view = _open_initvalue(window)
    for s in view.session.current.key.sites:
        view.session.answer_site(s.key, s.verdict.value)
    view.submit()
    fb = view.feedback.toPlainText()
    assert "In a default build (go build -gcflags=-m): " in fb
    assert "initValue is inlined into main" in fb and "its copy is on the stack" in fb
    assert fb.count("In a default build") == 1          # only where the builds differ
    window.state.set_language("zh")
    view.render()
    assert "在默认构建（go build -gcflags=-m）中：" in view.feedback.toPlainText()


def test_a_wrong_answer_that_is_the_default_builds_says_which_build_is_asked(window, qtbot) -> None:  # noqa: ANN001
    """Answering "stack" for initValue's i (what main's inlined copy does) is wrong with -l,
    and the feedback says that it is the default build's answer and which build is graded."""
    from quizapp.analysis import Verdict
    view = _open_initvalue(window)
    assert "graded with -m -l (inlining off)" in view.meta.text()
    flipped = []
    for s in view.session.current.key.sites:
        if s.verdict is Verdict.HEAP:
            view.session.answer_site(s.key, "stack")
            flipped.append(s.key)
        else:
            view.session.answer_site(s.key, s.verdict.value)
    assert flipped
    view.submit()
    fb = view.feedback.toPlainText()
    assert fb.count("That is what a default build decides where the call is inlined") == 1
    window.state.set_language("zh")
    view.render()
    assert "这是默认构建在调用被内联处的答案" in view.feedback.toPlainText()


def test_a_default_build_pack_is_graded_with_inlining(window, qtbot) -> None:  # noqa: ANN001
    """A pack with flags = "-m": the meta line names the build, the copy at main's call is
    named after newT, and the feedback gives the -l answer and the call inlined."""
    from pathlib import Path
    code = (Path(__file__).resolve().parents[1] / "analysis" / "corpus" /
            "a_02_ptrlit_returned_vs_local.go").read_text().split("\n", 1)[1]
    pack = (f'format = 2\nid = "t.default"\nversion = "1"\ntitle = {{ en = "Default", zh = "默认" }}\n'
            f'authors = ["t"]\nflags = "-m"\n\n[[questions]]\nid = "q"\nkind = "where"\n'
            f'difficulty = "easy"\nprinciples = ["inlining"]\ntitle = {{ en = "T", zh = "题" }}\n'
            f'prompt = {{ en = "Where?", zh = "在哪里？" }}\ncode = """\n{code}"""\n'
            f'explanation = {{ en = "e", zh = "解释" }}\n')
    (window.state.user_packs / "default.toml").write_text(pack, encoding="utf-8")
    window.reload_packs()
    p = next(p for p in window.packs if p.id == "t.default")
    window.start_pack(p)
    view = window.quiz_view
    assert "default build (-m, inlining on)" in view.meta.text()
    names = [view.where.sites.item(i).text() for i in range(view.where.sites.count())]
    assert any(n.startswith("&T{...} from newT (line 12)") for n in names)
    for s in view.session.current.key.sites:
        view.session.answer_site(s.key, s.verdict.value)
    view.submit()
    fb = view.feedback.toPlainText()
    assert "With -l (inlining off): newT is not inlined" in fb
    assert view.feedback_tabs.isTabEnabled(1)     # the default build's memory diagram
    assert view.diagram.model is not None and view.diagram.model.trace.mode == "-m"
