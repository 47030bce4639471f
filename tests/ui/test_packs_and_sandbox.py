"""Packs as an instructor and a learner meet them, the empty quiz, statistics wording, sandbox honesty."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from quizapp.quiz.model import Category

from .conftest import doc_example

ROOT = Path(__file__).resolve().parents[2]


def test_cards_are_grouped_searchable_and_show_progress(window, qtbot) -> None:  # noqa: ANN001
    pv = window.pack_view
    heads = [pv.list.item(i).text() for i in range(pv.list.count()) if not pv.list.item(i).flags()]
    assert heads == [pv.category_title(c) for c in (Category.ARTICLE, Category.PRINCIPLE, Category.TOPIC,
                                                   Category.INTERVIEW,
                                                   Category.CUSTOM)]
    qtbot.keyClicks(pv.search, "goroutine")
    shown = [pv.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(pv.list.count())]
    assert "builtin.principle.goroutine" in shown and "builtin.article" not in shown
    pv.search.clear()
    qtbot.keyClicks(pv.search, "zzz no such pack")
    assert pv.empty.isVisible() and pv.list.count() == 0
    pv.search.clear()
    article = next(p for p in window.packs if p.id == "builtin.article")
    assert pv.card(article).progress_text == "13 questions"
    inlining = next(p for p in window.packs if p.id == "builtin.inlining")     # graded with -m: the card says so
    assert pv.card(inlining).progress_text.startswith("inlining on (-m) · ")
    window.start_pack(article)
    window.quiz_view.session.reveal()
    st = window.quiz_view.session.current
    if st.question.kind.value == "where":
        for s in st.key.sites:
            window.quiz_view.session.answer_site(s.key, s.verdict.value)
    window.quiz_view.submit()
    assert "1 answered, 1 right" in pv.card(article).progress_text
    assert "in progress: question 1" in pv.card(article).progress_text


def test_builtin_packs_cannot_be_removed_user_packs_can(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    pv = window.pack_view
    article_row = next(i for i in range(pv.list.count()) if pv.list.item(i).data(Qt.ItemDataRole.UserRole) == "builtin.article")
    pv.list.setCurrentRow(article_row)
    assert not pv.remove_btn.isEnabled()
    mine = next(i for i in range(pv.list.count()) if pv.list.item(i).data(Qt.ItemDataRole.UserRole) == "example.basics")
    pv.list.setCurrentRow(mine)
    assert pv.remove_btn.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(pv.remove_btn, Qt.MouseButton.LeftButton)
    assert "example.basics" not in [p.id for p in window.packs]


def test_a_pack_installed_from_the_command_line_appears_without_restart(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    src = tmp_path / "other.toml"
    src.write_text(doc_example().replace('id = "example.basics"', 'id = "example.other"'), encoding="utf-8")
    dest = window.user_packs_dir()
    run = subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                          "from quizapp.quiz.scaffold import install_pack; install_pack(Path(sys.argv[1]), dest=Path(sys.argv[2]))",
                          str(src), str(dest)], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    qtbot.waitUntil(lambda: "example.other" in [p.id for p in window.packs], timeout=5000)


def test_empty_quiz_leads_to_the_packs(window, qtbot) -> None:  # noqa: ANN001
    window.show_view("quiz")
    page = window.quiz_page
    assert page.page() == 0 and page.empty_btn.isVisible()
    assert not page.view.isVisible()                          # no Submit or Stack buttons doing nothing
    qtbot.mouseClick(page.empty_btn, Qt.MouseButton.LeftButton)
    assert window.current_view() == "packs"


def test_save_as_question_opens_an_editor_that_writes_a_valid_pack(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from quizapp.ui.question_editor import QuestionEditor
    seen = {}

    def run(self) -> int:  # noqa: ANN001
        seen["editor"] = self
        self.title_en.setText("Two locals")
        self.title_zh.setText("两个局部变量")
        assert self.buttons.button(self.buttons.StandardButton.Save).isEnabled()
        self.title_zh.setText("no chinese")
        assert not self.buttons.button(self.buttons.StandardButton.Save).isEnabled()
        assert "Chinese" in self.problems.text()
        self.title_zh.setText("两个局部变量")
        self.target.setCurrentIndex(self.target.count() - 1)     # a new pack
        self.new_en.setText("Class three")
        self.new_zh.setText("第三课")
        self._save()
        return QDialog.DialogCode.Accepted if self.saved else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QuestionEditor, "exec", run)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.save_as_question("package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n")
    ed = seen["editor"]
    assert ed.saved is not None
    pack = next(p for p in window.packs if p.title.en == "Class three")
    assert pack.questions[0].title.zh == "两个局部变量" and pack.category is Category.CUSTOM


def test_the_question_editor_speaks_chinese(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from quizapp.ui.question_editor import QuestionEditor
    seen: dict = {}

    def run(self) -> int:  # noqa: ANN001
        self.title_en.setText("Two locals")
        self.title_zh.setText("no chinese")
        seen["problems"] = self.problems.text()
        seen["sites"] = [self.sites.item(i).text() for i in range(self.sites.count())]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QuestionEditor, "exec", run)
    window.state.set_language("zh")
    window.save_as_question("package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n")
    assert "中文标题里没有汉字" in seen["problems"] and "Chinese" not in seen["problems"]
    assert seen["sites"] and all(t.endswith(("→  堆", "→  栈")) for t in seen["sites"])


def test_save_as_question_refuses_in_the_interface_language(window, monkeypatch) -> None:  # noqa: ANN001
    """What the sandbox cannot save as a question is refused in the interface's language; Go's
    own error is quoted as it is."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    programs = ("x := 1\n", "package main\n\nfunc main() { x := }\n", "package main\n\nfunc main() {}\n")
    for lang in ("en", "zh"):
        window.state.set_language(lang)
        for code in programs:
            window.save_as_question(code)
    en, zh = warned[:3], warned[3:]
    assert en[0] == "save a complete program (with package main and func main) as a question"
    assert zh[0] == "请把完整的程序（含 package main 和 func main）保存为题目"
    assert en[1].startswith("the program does not compile: ") and zh[1].startswith("程序无法编译：")
    assert en[1].split(": ", 1)[1] == zh[1].split("：", 1)[1]          # Go's words, in both
    assert zh[2] == "程序里没有可以提问的变量或分配"


def test_statistics_speak_plainly(window) -> None:  # noqa: ANN001
    sv = window.stats_view
    assert sv.summary.text() == "No answers yet"


def test_sandbox_never_shows_a_stale_diagram(window, qtbot) -> None:  # noqa: ANN001
    sb = window.sandbox_view

    def settle() -> None:
        qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation, timeout=8000)

    sb.set_text("package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n")
    settle()
    assert sb.diagram.model is not None
    sb.set_text("package main\n\nfunc main() {\n\tx := \n}\n")
    settle()
    assert sb.diagram.model is None and "does not compile" in sb.diagram.step_label.text()
    # main uses something the analyzer does not model: no diagram, and the reason named
    sb.set_text('package main\n\nimport "unsafe"\n\ntype A struct{ x, y int }\n\ntype B struct{ A }\n\n'
                'func main() {\n\tvar b B\n\tprintln(unsafe.Offsetof(b.y))\n}\n')
    settle()
    assert sb.diagram.model is None and "not supported" in sb.diagram.step_label.text()
    out = sb.output.toPlainText()
    assert "(no lines)" not in out and "unsafe.Offsetof" in out and "does not judge" in out
    assert "Not judged" in sb.status.text()
    window.state.set_language("zh")
    assert "不支持" in sb.diag_list.item(0).text() and "unsafe.Offsetof" in sb.diag_list.item(0).text()


def test_the_heap_count_agrees_with_the_list(window, qtbot) -> None:  # noqa: ANN001
    """Constant boxes are heap sites for gc (``"hello" escapes to heap``): the count says as
    many as the list shows, and a note says they allocate nothing at run time."""
    sb = window.sandbox_view
    sb.set_text('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello", 42)\n}\n')
    qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation, timeout=8000)
    rows = [sb.diag_list.item(i).text() for i in range(sb.diag_list.count())]
    heap_rows = [r for r in rows if r.startswith("▲")]
    assert len(heap_rows) == 2 and any('"hello" escapes to heap' in r for r in heap_rows)
    assert sb.status.text() == f"{len(heap_rows)} heap sites (compiler)"
    assert "read-only" in sb.output.toPlainText()


def test_sandbox_inlining_switch_shows_the_default_build(window, qtbot) -> None:  # noqa: ANN001
    """Off: the -m -l lines; on: the default build's (a_02's labels), with the inlined copy
    named; the choice is kept in the settings."""
    sb = window.sandbox_view
    corpus = ROOT / "tests" / "analysis" / "corpus"
    src = corpus / "a_02_ptrlit_returned_vs_local.go"

    def settle() -> None:
        qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation, timeout=8000)

    if sb.inlining:
        sb.inline_box.setChecked(False)
    sb.set_text(src.read_text())
    settle()
    out = sb.output.toPlainText()
    assert "-m -l" in out and [ln for ln in out.splitlines() if ln.startswith("./main.go")] == \
        src.with_suffix(".m1").read_text().splitlines()
    sb.inline_box.click()
    assert sb.latest is None or sb.latest.inline      # never the other build's result
    settle()
    out = sb.output.toPlainText()
    assert "inlining on" in out and [ln for ln in out.splitlines() if ln.startswith("./main.go")] == \
        src.with_suffix(".i1").read_text().splitlines()
    items = [sb.diag_list.item(i).text() for i in range(sb.diag_list.count())]
    assert any("13:26" in t and "(newT, inlined)" in t for t in items)
    assert window.settings.value("sandbox/inlining", False, type=bool) is True
    sb.inline_box.setChecked(False)
    settle()
    assert window.settings.value("sandbox/inlining", True, type=bool) is False


def test_screenshot_flags(tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "s.png"
    base = [sys.executable, "-m", "quizapp.cli", "--screenshot", str(out)]
    run = subprocess.run(base + ["--view", "summary", "--lang", "zh", "--theme", "dark", "--size", "1024x700"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    from PySide6.QtGui import QImage
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1024, 700)
    assert img.pixelColor(600, 650).lightness() < 80                 # dark
    run = subprocess.run(base + ["--view", "kind-why", "--question", "builtin.article/no-such"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 2 and "no question" in run.stderr
    run = subprocess.run(base + ["--view", "nope"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 2
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_a_screenshot_of_a_question_is_of_the_quiz_and_finds_installed_packs(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import quizapp.ui.screenshot as shot
    from quizapp.cli import main
    from tests.ui.conftest import doc_example
    seen: dict = {}
    monkeypatch.setattr(shot, "take", lambda out, view, *a: seen.update(view=view, question=a[-1]) or 0)
    out = tmp_path / "q.png"
    assert main(["--screenshot", str(out), "--question", "builtin.article/x"]) == 0
    assert seen == {"view": "quiz", "question": "builtin.article/x"}
    assert main(["--screenshot", str(out), "--view", "kind-why", "--question", "builtin.article/x"]) == 0
    assert seen["view"] == "kind-why"
    seen.clear()
    assert main(["--screenshot", str(out), "--view", "packs", "--question", "builtin.article/x"]) == 2
    assert not seen
    monkeypatch.undo()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "QT_QPA_PLATFORM": "offscreen"}
    pack = tmp_path / "example.toml"
    pack.write_text(doc_example(), encoding="utf-8")
    cli = [sys.executable, "-m", "quizapp.cli"]
    run = subprocess.run(cli + ["pack", "install", str(pack)], capture_output=True, text=True, cwd=ROOT,
                         env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    run = subprocess.run(cli + ["--screenshot", str(out), "--question", "example.basics/return-address"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    run = subprocess.run(cli + ["--screenshot", str(out), "--question", "example.basics/no-such"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert run.returncode == 2 and "no question 'example.basics/no-such'" in run.stderr


def test_interview_of_one_difficulty_from_the_practice_view(window, qtbot) -> None:  # noqa: ANN001
    pv = window.practice_view
    pv.difficulty.setCurrentIndex(1)                         # easy
    pv.length.setValue(3)
    assert "easy" in pv.mix.text()
    qtbot.mouseClick(pv.interview_btn, Qt.MouseButton.LeftButton)
    mode = window.quiz_page.mode
    assert mode is not None and mode.difficulty.value == "easy"
    assert {o.question.difficulty.value for o in mode.origins} == {"easy"}


def test_the_sandbox_draws_runs_of_texts_of_reasonable_length() -> None:
    from quizapp.ui.sandbox_analysis import DIAGRAM_MAX_LINES, analyse_text, diagram_of
    short = analyse_text("count := 0\ninc := func() { count++ }\ninc()\ninc()\nprintln(count)\n", 1)
    assert short.runnable and short.line_offset == 3
    model = diagram_of(short)
    assert model is not None and model.trace.stdout == b"" and model.trace.stderr == b"2\n"
    assert model.line(model.count - 1) >= 1          # lines as the user's text counts them
    filler = "".join(f"\tv{i} := {i}\n\t_ = v{i}\n" for i in range(DIAGRAM_MAX_LINES // 2 + 1))
    long = analyse_text("package main\n\nfunc main() {\n" + filler + "}\n", 2)
    assert not long.error and not long.runnable


NEW_INT = """package main

import "fmt"

func newInt() *int {
	x := 1
	return &x
}

func main() {
	p := newInt()
	fmt.Println(*p)
}
"""


@pytest.mark.parametrize("inline", [True, False])
def test_sandbox_says_where_the_other_build_differs_even_without_a_line(window, qtbot, inline) -> None:  # noqa: ANN001
    """gc prints no line for the copy of x inlined into main, which stays on the stack: the
    sandbox says so in either build, naming the call that was inlined."""
    sb = window.sandbox_view
    if sb.inlining != inline:
        sb.inline_box.click()
    sb.set_text(NEW_INT)
    qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation
                    and sb.latest.inline == inline, timeout=8000)
    items = [sb.diag_list.item(i).text() for i in range(sb.diag_list.count())]
    differ = [t for t in items if t.startswith("≠")]
    assert len(differ) == 1 and "x:" in differ[0]
    assert differ[0].startswith("≠ 11:" if inline else "≠ 6:2")
    out = sb.output.toPlainText()
    head = "Where -l (inlining off) differs" if inline else "Where a default build differs"
    said = out.split(head, 1)[1]
    assert "on the stack" in said and "line 11" in said and "newInt" in said
    window.state.set_language("zh")
    sb.retranslate()
    sb._render()
    assert "副本在栈上" in sb.output.toPlainText()
