"""The sandbox never shows one program's results beside another, nor a verdict it did not reach."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from quizapp.ui import sandbox as sandbox_module
from quizapp.ui.sandbox_analysis import DIAGRAM_MAX_LINES, MAX_LINES, NoDiagram, analyse_text, diagram_of

SMALL = ("package main\n\ntype Node struct{ next *Node }\n\nfunc push(h *Node) *Node {\n\treturn &Node{next: h}\n}\n\n"
         "func main() {\n\tvar h *Node\n\th = push(h)\n\t_ = h\n}\n")


def many(n: int) -> str:
    """A valid program of about ``n`` lines, each moving a variable to the heap."""
    return ("package main\n\nvar sink *int\n\nfunc main() {\n"
            + "".join(f"\tv{i} := {i}; sink = &v{i}\n" for i in range(n)) + "}\n")


def settle(qtbot, sb, timeout: int = 30_000) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: sb.latest is not None and sb.latest.generation == sb.generation, timeout=timeout)


def slow_analysis(text: str, generation: int, inline: bool = False):  # noqa: ANN201 - a SandboxResult
    """The sandbox's job, slowed down for a text marked ``// slow`` (runs in the worker)."""
    if "// slow" in text:
        time.sleep(1.5)
    return analyse_text(text, generation, inline)


def test_a_new_program_clears_the_old_results_at_once_and_says_it_is_busy(window, qtbot,  # noqa: ANN001
                                                                         monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    monkeypatch.setattr(sandbox_module, "analyse_text", slow_analysis)
    sb = window.sandbox_view
    sb.set_text(SMALL)
    settle(qtbot, sb)
    assert sb.diagram.model is not None and sb.diag_list.count() > 0 and sb.editor.gutter_marks
    path = tmp_path / "other.go"
    path.write_text("// slow\n" + many(20), encoding="utf-8")
    assert sb.load_file(path)
    # at once, before any analysis of the new text came back: nothing of the old program is left
    assert sb.latest is None and sb.diag_list.count() == 0 and not sb.editor.gutter_marks
    assert sb.editor.marks == [] and sb.diagram.model is None
    assert "Analysing" in sb.status.text() and sb.busy_bar.isVisibleTo(sb)
    assert "heap site" not in sb.status.text() and "escapes" not in sb.output.toPlainText()
    settle(qtbot, sb)
    assert not sb.busy_bar.isVisibleTo(sb) and sb.status.text() == "20 heap sites (compiler)"
    said = sb.output.toPlainText()           # go build names the file it was given
    assert "./other.go:" in said and "./main.go:" not in said


def test_typing_marks_old_results_stale_only_when_an_analysis_is_slow(window, qtbot,  # noqa: ANN001
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_module, "analyse_text", slow_analysis)
    sb = window.sandbox_view
    sb.set_text(SMALL)
    settle(qtbot, sb)
    cur = sb.editor.textCursor()
    cur.movePosition(QTextCursor.MoveOperation.End)
    sb.editor.setTextCursor(cur)
    sb.editor.insertPlainText("// slow\n")
    qtbot.waitUntil(lambda: sb.busy_bar.isVisibleTo(sb), timeout=5000)
    assert sb.diag_list.count() == 0 and sb.diagram.model is None
    settle(qtbot, sb)
    assert sb.status.text() == "1 heap site (compiler)"


def test_a_text_too_long_to_analyse_gets_no_verdict(window, qtbot) -> None:  # noqa: ANN001
    sb = window.sandbox_view
    sb.set_text(many(MAX_LINES + 1))
    settle(qtbot, sb)
    out = sb.output.toPlainText()
    assert sb.status.text() == "Not analysed" and "more than 50,000 lines" in out
    assert "nothing escapes" not in out and "heap allocation" not in out
    assert "not analysed" in sb.diagram.step_label.text()
    window.state.set_language("zh")
    assert "50,000" in sb.output.toPlainText() and "lines" not in sb.output.toPlainText()


def test_an_analysis_stopped_by_the_time_limit_gets_no_verdict(window, qtbot,  # noqa: ANN001
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    sb = window.sandbox_view
    settle(qtbot, sb)
    monkeypatch.setattr(sandbox_module, "analyse_text", slow_analysis)
    monkeypatch.setattr(sb.worker, "limits", sb.worker.limits.__class__(seconds=1.0))
    sb.set_text("// slow\n" + SMALL)
    settle(qtbot, sb)
    out = sb.output.toPlainText()
    assert sb.status.text() == "Not analysed" and "more than 1 s" in out
    assert "nothing escapes" not in out and sb.diag_list.count() == 0
    window.state.set_language("zh")
    assert "stopped" not in sb.output.toPlainText()


def test_a_long_valid_program_is_analysed_without_its_diagram() -> None:
    """A long program gets its verdicts; only short ones are run and drawn (in the app's process)."""
    res = analyse_text(many(DIAGRAM_MAX_LINES + 10), 1)
    assert res.not_analysed is None and not res.runnable and res.no_diagram is NoDiagram.TOO_LONG
    assert len(res.lines) == DIAGRAM_MAX_LINES + 10
    short = analyse_text(many(20), 1)
    assert short.runnable and short.no_diagram is None and diagram_of(short) is not None


def test_colours_come_back_when_a_small_program_replaces_a_huge_one(window, qtbot) -> None:  # noqa: ANN001
    ed = window.sandbox_view.editor
    ed.setPlainText(many(ed.HIGHLIGHT_LIMIT + 5))
    assert ed.highlighter.document() is None
    ed.selectAll()
    mime = QMimeData()
    mime.setText(SMALL)
    ed.insertFromMimeData(mime)                # a paste over the whole text
    assert ed.highlighter.document() is ed.document()
    huge = QMimeData()
    huge.setText(many(ed.HIGHLIGHT_LIMIT + 5))
    ed.insertFromMimeData(huge)                # a huge paste: no colouring of it
    assert ed.highlighter.document() is None


def test_the_diagram_follows_a_live_language_switch(window, qtbot) -> None:  # noqa: ANN001
    sb = window.sandbox_view
    sb.set_text(SMALL)
    settle(qtbot, sb)
    assert sb.diagram.model is not None and sb.diagram.canvas.lang == "en"
    window.state.set_language("zh")
    assert sb.diagram.canvas.lang == "zh"
