"""The diagram's current line is painted across the whole line, and nothing else looks like it."""

from __future__ import annotations

from PySide6.QtGui import QColor

from quizapp.ui import theme
from quizapp.ui.codeview import CodeView

SRC = "package main\n\nfunc square(n int) int {\n\treturn n * n\n}\n\nfunc main() {\n\t_ = square(3)\n}\n"


def _row_colour(view: CodeView, line: int, x: int) -> QColor:
    cur = view.textCursor()
    cur.setPosition(view.document().findBlockByNumber(line - 1).position())
    y = view.cursorRect(cur).center().y()
    return view.viewport().grab().toImage().pixelColor(x, y)


def _shown(qtbot, view: CodeView) -> None:  # noqa: ANN001
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)


def test_step_line_is_painted_full_width(qtbot) -> None:  # noqa: ANN001
    view = CodeView()
    view.setPlainText(SRC)
    _shown(qtbot, view)
    view.highlight_line(3)  # unindented: formerly only a sliver was tinted
    qtbot.wait(20)
    want = QColor(theme.code_palette()["step_line"])
    right = view.viewport().width() - 5
    assert _row_colour(view, 3, right) == want
    assert _row_colour(view, 4, right) != want


def test_new_text_drops_the_old_step_mark(qtbot) -> None:  # noqa: ANN001
    view = CodeView()
    view.setPlainText(SRC)
    _shown(qtbot, view)
    view.highlight_line(8)
    view.setPlainText(SRC)
    qtbot.wait(20)
    want = QColor(theme.code_palette()["step_line"])
    right = view.viewport().width() - 5
    for line in range(1, SRC.count("\n") + 1):
        assert _row_colour(view, line, right) != want, line


def test_read_only_view_has_no_cursor_line_band(qtbot) -> None:  # noqa: ANN001
    view = CodeView()
    view.setPlainText(SRC)
    _shown(qtbot, view)
    qtbot.wait(20)
    base = _row_colour(view, 1, view.viewport().width() - 5)
    for line in range(1, SRC.count("\n") + 1):
        assert _row_colour(view, line, view.viewport().width() - 5) == base, line
