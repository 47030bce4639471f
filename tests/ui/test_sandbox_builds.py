"""The sandbox's diagram is of the build its switch shows; without a diagram nothing steps."""

from __future__ import annotations

import pytest

from quizapp.analysis import Verdict, analyze

from .test_sandbox_states import settle

NEW_POINT = """package main

import "fmt"

type Point struct{ X, Y int }

func NewPoint(x, y int) *Point { return &Point{x, y} }

func main() {
	p := NewPoint(1, 2)
	fmt.Println(p.X + p.Y)
}
"""


def _diagram(qtbot, sb):  # noqa: ANN001, ANN202
    settle(qtbot, sb)
    qtbot.waitUntil(lambda: sb.diagram.model is not None, timeout=15_000)
    return sb.diagram.model


def _frames_and_point(model):  # noqa: ANN001, ANN202
    alloc = next(i for i, r in enumerate(model.trace.steps) if r.detail == "&Point{...}")
    view = model.view(alloc)
    objs = [o for o in view.heap + view.stack_objects if o.label == "&Point{...}"]
    return [f.func for f in view.frames()], objs[0].verdict


def test_with_inlining_on_the_diagram_is_the_default_builds(window, qtbot) -> None:  # noqa: ANN001
    window.show_view("sandbox")
    sb = window.sandbox_view
    sb.inline_box.setChecked(True)
    sb.set_text(NEW_POINT)
    model = _diagram(qtbot, sb)
    copy = next(s for s in analyze(NEW_POINT, inline=True).sites
                if s.name == "&Point{...}" and s.inlined_call is not None)
    items = [sb.diag_list.item(i).text() for i in range(sb.diag_list.count())]
    assert any("&Point{...}" in t and "(NewPoint" in t for t in items)
    assert model.trace.mode == "-m" and sb.diagram.build_mismatch() == ""
    frames, verdict = _frames_and_point(model)
    assert frames == ["main"] and verdict == copy.verdict.value
    sb.inline_box.setChecked(False)
    qtbot.waitUntil(lambda: sb.diagram.model is not None and sb.diagram.model.trace.mode == "-l",
                    timeout=15_000)
    own = next(s for s in analyze(NEW_POINT).sites if s.name == "&Point{...}")
    frames, verdict = _frames_and_point(sb.diagram.model)
    assert frames == ["main", "NewPoint"] and verdict == own.verdict.value
    assert own.verdict is Verdict.HEAP and copy.verdict is Verdict.STACK   # the builds differ here


def test_code_that_stops_compiling_resets_the_diagram_controls(window, qtbot) -> None:  # noqa: ANN001
    window.show_view("sandbox")
    sb = window.sandbox_view
    sb.tabs.setCurrentWidget(sb.diagram)
    sb.set_text(NEW_POINT)
    _diagram(qtbot, sb)
    sb.diagram.go(3)
    assert sb.editor._line_sels and sb.diagram.slider.value() == 3
    sb.set_text(NEW_POINT.replace("p.X + p.Y", "p.X + q"))
    settle(qtbot, sb)
    d = sb.diagram
    assert d.model is None and "does not compile" in d.step_label.text()
    assert d.slider.value() == 0 and not d.slider.isEnabled()
    assert not d.zoom_in.isEnabled() and not d.zoom_out.isEnabled()
    assert not any(b.isEnabled() for b in d.buttons)
    assert sb.editor._line_sels == []


FRAGMENT = "p := &struct{ x int }{1}\nq := p\nprintln(q.x)\n"


def test_a_fragment_is_numbered_as_written_and_its_wrapper_is_left_out() -> None:
    from quizapp.ui.sandbox_analysis import analyse_text, prepare
    src, off, wrapped = prepare(FRAGMENT)
    assert wrapped
    res = analyse_text(FRAGMENT, 1, inline=True)
    wrapper = [ln for ln in res.source_lines if not 1 <= int(ln.split(":")[1]) - off <= 3]
    assert wrapper          # gc says something of the wrapper's own func main with inlining on
    shown = [int(ln.split(":")[0]) for ln in res.lines]
    assert shown and all(1 <= n <= 3 for n in shown)
    assert len(res.lines) == len(res.source_lines) - len(wrapper)


@pytest.mark.go
def test_compare_numbers_both_sides_as_the_fragment(go: str) -> None:
    from quizapp.gotool import build_escape
    from quizapp.ui.sandbox_analysis import analyse_text, fragment_lines, prepare
    src, _off, _wrapped = prepare(FRAGMENT)
    res = analyse_text(FRAGMENT, 1, inline=True)
    theirs = build_escape(src, 1, go=go, timeout=60, inline=True)
    mapped = [ln for ln in fragment_lines(theirs.lines, FRAGMENT) if ln.startswith("./main.go:")]
    assert mapped == fragment_lines(res.source_lines, FRAGMENT)
    assert all(1 <= int(ln.split(":")[1]) <= 3 for ln in mapped)


def test_the_compare_dialog_has_a_close_button(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from quizapp.ui import compare
    monkeypatch.setattr(compare, "available", lambda: None)      # no build: only the dialog's frame
    dlg = compare.CompareDialog([], "package main\n\nfunc main() {}\n")
    qtbot.addWidget(dlg)
    dlg.show()
    button = dlg.close_box.button(QDialogButtonBox.StandardButton.Close)
    assert button is not None and button.isVisible()
    button.click()
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.isVisible()


def test_the_compare_dialog_fits_a_small_window(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Opened over a 1024x700 window it is no wider nor taller than that window: its close
    button is never off the edge."""
    from PySide6.QtWidgets import QWidget

    from quizapp.ui import compare
    monkeypatch.setattr(compare, "available", lambda: None)
    win = QWidget()
    qtbot.addWidget(win)
    win.resize(1024, 700)
    dlg = compare.CompareDialog([], "package main\n\nfunc main() {}\n", win)
    assert dlg.width() <= 1024 and dlg.height() <= 700
