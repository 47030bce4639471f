"""The sandbox's diagram is of the build its switch shows; without a diagram nothing steps."""

from __future__ import annotations

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
