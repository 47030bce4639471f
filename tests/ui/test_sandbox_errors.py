"""The sandbox as a checker: every gc error squiggled and listed, explained in the learner's language."""

from __future__ import annotations

import re

from quizapp.analysis import analyze
from quizapp.analysis.errors import InvalidGo
from quizapp.ui.sandbox_analysis import token_length

TWO_MISTAKES = """package main

import "fmt"

type shape interface{ area() float64 }

type circle struct{ r float64 }

func (c *circle) area() float64 { return 3.14 * c.r * c.r }

func main() {
	total := 0
	var s shape = circle{r: 2}
	fmt.Println(s.area())
}
"""

CJK = re.compile(r"[\u4e00-\u9fff]")


def _gc_lines(src: str) -> list[str]:
    try:
        analyze(src)
    except InvalidGo as exc:
        return exc.lines("./main.go")
    raise AssertionError("the program compiles")


def _wait(sb, qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation, timeout=8000)


def test_every_error_is_listed_squiggled_and_explained(window, qtbot) -> None:  # noqa: ANN001
    window.show_view("sandbox")
    sb = window.sandbox_view
    sb.set_text(TWO_MISTAKES)
    _wait(sb, qtbot)
    expected = _gc_lines(TWO_MISTAKES)
    assert sb.latest.errors == expected and len(expected) == 2
    assert [k for _, _, k, _ in sb.latest.items] == ["error", "error"]
    assert sb.diag_list.count() == 2
    squiggles = [m for m in sb.latest.marks if m.kind == "error"]
    assert [(m.line, m.col) for m in squiggles] == [(it[0], it[1]) for it in sb.latest.items]
    assert squiggles[0].length == len("total")
    out = sb.output.toPlainText()
    assert all(ln in out for ln in expected)
    assert "assigning to a variable is not a use" in out and not CJK.search(out)
    window.state.set_language("zh")
    sb._render()
    out = sb.output.toPlainText()
    assert all(ln in out for ln in expected)          # gc's English stays
    assert "方法集不匹配" in out and "局部变量声明了却从未被读取" in out
    assert CJK.search(sb.diag_list.item(1).toolTip())


def test_a_fragment_with_an_unused_variable_is_warned_and_still_analysed(window, qtbot) -> None:  # noqa: ANN001
    sb = window.sandbox_view
    sb.set_text("x := 1\np := &x\nunused := 2\nprintln(p)")
    _wait(sb, qtbot)
    kinds = [k for _, _, k, _ in sb.latest.items]
    assert "warning" in kinds and "error" not in kinds
    assert (3, 1, "warning", "declared and not used: unused") in sb.latest.items
    assert "does not compile" not in sb.status.text()
    assert "warnings" in sb.output.toPlainText()
    # the same program as a file is refused, as go build refuses it
    sb.set_text("package main\n\nfunc main() {\n\tx := 1\n\tp := &x\n\tunused := 2\n\tprintln(p)\n}\n")
    _wait(sb, qtbot)
    assert [k for _, _, k, _ in sb.latest.items] == ["error"]


def test_token_length_covers_the_word_or_literal_at_a_position() -> None:
    text = '\t"os"\n\ttotal := 0\n\tx := `raw` + s'
    assert token_length(text, 1, 2) == 4
    assert token_length(text, 2, 2) == 5
    assert token_length(text, 2, 8) == 2
    assert token_length(text, 3, 7) == 5
    assert token_length(text, 9, 1) == 1
    assert token_length("\t//go:noinline\n", 1, 4) == len("go:noinline")


def test_a_fragment_with_real_errors_lists_them_then_its_warnings(window, qtbot) -> None:  # noqa: ANN001
    fragment = "unused := 2\nvar s string = 1\nprintln(s)"
    wrapped = "package main\n\nfunc main() {\n\t" + fragment.replace("\n", "\n\t") + "\n}\n"
    gc = _gc_lines(wrapped)      # the same code as a file: both errors, as go build prints them
    assert len(gc) == 2 and any("declared and not used: unused" in ln for ln in gc)
    sb = window.sandbox_view
    sb.set_text(fragment)
    _wait(sb, qtbot)
    items = sb.latest.items
    assert [k for _, _, k, _ in items] == ["error", "warning"]
    assert items[1] == (1, 1, "warning", "declared and not used: unused")
    real = next(ln for ln in gc if "unused" not in ln)
    assert real.endswith(items[0][3]) and items[0][:2] == (2, 16)
    assert sb.diag_list.count() == 2
    assert sb.diag_list.item(0).text().startswith("✘") and sb.diag_list.item(1).text().startswith("⚠")
    assert "does not compile" in sb.status.text()
    assert [m.kind for m in sb.latest.marks] == ["error", "warning"]


def test_an_error_on_a_lone_brace_or_at_the_end_of_the_file_is_plain_to_see(window, qtbot) -> None:  # noqa: ANN001
    """A wave under one narrow character, or under nothing, is barely visible: the line gets
    a band of the error's colour as well."""
    from PySide6.QtGui import QTextFormat
    window.show_view("sandbox")
    sb = window.sandbox_view
    for text in ("package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n}\n",
                 "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n"):
        sb.set_text(text)
        _wait(sb, qtbot)
        errors = [(ln, col) for ln, col, k, _ in sb.latest.items if k == "error"]
        assert len(errors) == 1
        line = errors[0][0]
        bands = [s for s in sb.editor._mark_sels
                 if s.format.property(QTextFormat.Property.FullWidthSelection)]
        assert bands, text
        last = sb.editor.document().blockCount()
        assert {min(line, last) - 1} == {s.cursor.blockNumber() for s in bands}
