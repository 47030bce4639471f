"""The diagram widget: keys, slider, what-if, the code line it reports, the pane it fits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from quizapp.analysis import analyze
from quizapp.diagram.model import build

TRACES = Path(__file__).resolve().parents[1] / "diagram" / "traces"


def model(name: str):  # noqa: ANN201
    src = json.loads((TRACES / f"{name}.json").read_text(encoding="utf-8"))["program"]
    return build(analyze(src), source=src)


def shown(qtbot, w, index: int, what_if: bool = False) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: w.canvas.scene is not None and w.canvas.scene.index == index
                    and w.canvas.scene.what_if == what_if, timeout=5000)


def test_keys_step_through_the_run_and_report_the_line(qtbot) -> None:  # noqa: ANN001
    from quizapp.ui.diagram_view import DiagramWidget
    w = DiagramWidget()
    qtbot.addWidget(w)
    m = model("initfn-counter-why")
    w.set_model(m)
    # it opens on the last step before main returns: main's frame is still drawn
    assert m.trace.steps[-1].event == "return" and m.trace.steps[-1].detail == "main"
    assert w.index == m.count - 2 and w.counter.text() == f"{m.count - 1} / {m.count}"
    shown(qtbot, w, m.count - 2)
    lines: list[int] = []
    w.lineChanged.connect(lines.append)
    w.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Home)
    assert w.index == 0 and not w.prev_btn.isEnabled() and not w.first_btn.isEnabled()
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert w.index == 1 and lines[-1] == m.trace.steps[1].line
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert w.index == 0
    # from the call of initFn, step over lands after its return
    call = next(i for i, r in enumerate(m.trace.steps) if r.event == "call" and r.detail == "initFn")
    w.go(call)
    qtbot.keyClick(w, Qt.Key.Key_Down)
    ret = next(i for i, r in enumerate(m.trace.steps) if r.event == "return" and r.detail == "initFn")
    assert w.index == ret + 1
    # from a statement that calls, over runs the call unseen: the next step is main's own
    stmt = next(i for i, r in enumerate(m.trace.steps) if r.event == "stmt" and r.depth == 1
                and m.trace.steps[i + 1].event == "call")
    w.go(stmt)
    qtbot.keyClick(w, Qt.Key.Key_Down)
    assert m.trace.steps[w.index].depth == 1 and m.trace.steps[w.index].event != "call"
    assert all(m.trace.steps[k].depth > 1 for k in range(stmt + 1, w.index))
    # over "call main" goes to main's first statement, not to the end
    w.go(0)
    assert m.trace.steps[0].event == "call" and m.trace.steps[0].detail == "main"
    qtbot.keyClick(w, Qt.Key.Key_Down)
    assert w.index == 1 and m.trace.steps[1].event == "stmt"
    w.go(0)
    qtbot.keyClick(w, Qt.Key.Key_A)
    first_alloc = next(i for i, r in enumerate(m.trace.steps) if r.event == "alloc")
    assert w.index == first_alloc
    qtbot.keyClick(w, Qt.Key.Key_A)
    assert w.index > first_alloc and m.trace.steps[w.index].event == "alloc"
    qtbot.keyClick(w, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert w.index == first_alloc
    qtbot.keyClick(w, Qt.Key.Key_End)
    assert w.index == m.count - 1 and not w.next_btn.isEnabled()
    shown(qtbot, w, m.count - 1)
    assert "count = 2" in {t.text for t in w.canvas.scene.texts()}


def test_the_slider_and_the_step_title(qtbot) -> None:  # noqa: ANN001
    from quizapp.ui.diagram_view import DiagramWidget
    w = DiagramWidget()
    qtbot.addWidget(w)
    m = model("increase-lines")
    w.set_model(m, step=0)
    assert w.slider.maximum() == m.count - 1
    i = next(i for i, r in enumerate(m.trace.steps) if r.event == "stmt" and r.line == 12)
    w.slider.setValue(i)
    assert w.index == i and w.step_label.text() == "line 12: *i++"
    shown(qtbot, w, i)


@pytest.mark.qt_log_ignore("This plugin does not support raise")     # the tooltip window, offscreen
def test_what_if_shows_the_dangling_pointer(qtbot, monkeypatch) -> None:  # noqa: ANN001
    from quizapp.ui import diagram_view
    from quizapp.ui.diagram_view import DiagramWidget
    monkeypatch.setattr(diagram_view, "EXPLAIN_MS", 300)
    w = DiagramWidget()
    qtbot.addWidget(w)
    m = model("initvalue-sharing-up")
    w.set_model(m, step=0)
    shown(qtbot, w, 0)
    assert not w.what_if.isEnabled()            # nothing has returned yet
    w.show()
    w.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_W)             # W says why it does nothing
    assert "dangle" in w.what_if.toolTip()
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == w.what_if.toolTip(), timeout=3000)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)      # it does not linger
    i = next(i for i, r in enumerate(m.trace.steps) if r.event == "call" and r.detail == "fmt.Println")
    w.go(i)
    shown(qtbot, w, i)
    assert w.what_if.isEnabled()
    w.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_W)
    shown(qtbot, w, i, what_if=True)
    assert w.canvas.scene.ghosts == ["initValue"]
    assert "dangle" in w.note.text() and "initValue" in w.note.text()
    qtbot.keyClick(w, Qt.Key.Key_W)
    shown(qtbot, w, i)


def test_fits_a_1024x700_window_without_clipping(qtbot) -> None:  # noqa: ANN001
    from tests.ui.test_diagram_fit import pane
    _win, w = pane(qtbot)                        # the code beside it, as in the quiz
    m = model("four-functions-lines")
    w.set_model(m)
    shown(qtbot, w, m.opening_step())
    qtbot.waitUntil(lambda: w.canvas.width() <= w.scroll.viewport().width())
    for b in (*w.buttons, w.what_if, w.export_btn, w.counter):
        r = b.geometry()
        text = b.fontMetrics().horizontalAdvance(b.text())
        assert b.isVisible() and r.right() <= w.width() and text <= r.width(), b.text()


def test_no_model_says_why(qtbot) -> None:  # noqa: ANN001
    from quizapp.ui.diagram_view import DiagramWidget
    w = DiagramWidget()
    qtbot.addWidget(w)
    w.set_model(None, message="cannot run: math.Exp (main.go:5:7)")
    assert w.step_label.text() == "cannot run: math.Exp (main.go:5:7)"
    assert not any(b.isEnabled() for b in w.buttons) and not w.slider.isEnabled()


def test_widget_draws_in_the_theme_colours(qtbot) -> None:  # noqa: ANN001
    from quizapp.ui import theme
    from quizapp.ui.diagram_view import diagram_colours
    try:
        theme.set_mode("dark")
        dark = diagram_colours()
        theme.set_mode("light")
        light = diagram_colours()
    finally:
        theme.set_mode(None)
    assert dark.background != light.background
    assert dark.heap == theme.DARK["heap"] and light.heap == theme.LIGHT["heap"]


def test_the_dark_pane_is_one_colour_around_the_drawing(qtbot, qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor

    from quizapp.ui import theme
    from quizapp.ui.diagram_view import DiagramWidget, diagram_colours
    theme.set_mode("dark")
    theme.apply(qapp)
    try:
        w = DiagramWidget()
        qtbot.addWidget(w)
        w.resize(900, 700)
        w.show()
        m = model("square-frames")
        w.set_model(m)
        shown(qtbot, w, m.opening_step())
        qtbot.wait(50)
        img = w.scroll.viewport().grab().toImage()
        c = w.canvas
        below = img.pixelColor(5, min(c.height() + 20, img.height() - 2))   # past the drawing
        inside = img.pixelColor(3, 3)                                         # the drawing's margin
        assert c.height() + 20 < img.height()
        want = QColor(diagram_colours().background)
        assert below == want == inside, (below.name(), inside.name(), want.name())
    finally:
        theme.set_mode("light")
        theme.apply(qapp)


def test_a_diagram_of_another_build_than_the_view_says_so(qtbot) -> None:  # noqa: ANN001
    """Beside answers of the default build, a diagram of the -m -l run names its build;
    beside answers of its own build it says nothing of builds."""
    from quizapp.ui.diagram_view import DiagramWidget
    w = DiagramWidget()
    qtbot.addWidget(w)
    m = model("initfn-counter-why")
    assert m.trace.mode == "-l"
    w.set_model(m, build="-m")
    shown(qtbot, w, m.opening_step())
    assert "inlining off (-m -l)" in w.note.text() and not w.note.isHidden()
    w.set_model(m, build="-l")
    shown(qtbot, w, m.opening_step())
    assert "-m -l" not in w.note.text()


def test_a_step_with_no_line_of_the_code_clears_the_mark(qtbot) -> None:  # noqa: ANN001
    """The package's initialisation starts at no line: stepping back to it from a line of
    main leaves no line marked in the code."""
    from quizapp.ui.diagram_view import DiagramWidget
    from tests.run.test_static_data import PROGRAM
    w = DiagramWidget()
    qtbot.addWidget(w)
    m = build(analyze(PROGRAM), source=PROGRAM)
    w.set_model(m)
    lines: list[int] = []
    w.lineChanged.connect(lines.append)
    w.go(m.count - 2)
    assert lines[-1] > 0
    w.go(0)
    assert lines[-1] == 0


def _move(widget, pos: QPoint) -> None:  # noqa: ANN001
    """The mouse moving over ``widget`` as the window system reports it (no enter or leave)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    ev = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                     Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


@pytest.mark.qt_log_ignore("This plugin does not support raise")     # the tooltip window, offscreen
def test_ws_explanation_goes_as_the_mouse_moves_over_the_code(qtbot) -> None:  # noqa: ANN001
    """W on a step with nothing to change explains why in a tooltip under the box; the mouse is
    elsewhere (over the code), and its first move there hides the tip, as an ordinary
    tooltip goes, instead of leaving it over the code for seconds. A key hides it too."""
    from PySide6.QtWidgets import QPlainTextEdit
    from tests.ui.test_diagram_fit import pane
    win, w = pane(qtbot)
    code = win.findChild(QPlainTextEdit).viewport()
    w.set_model(model("initvalue-sharing-up"), step=0)
    shown(qtbot, w, 0)
    assert not w.what_if.isEnabled()
    for leave in (lambda: _move(code, QPoint(120, 140)), lambda: qtbot.keyClick(code, Qt.Key.Key_Down)):
        w.setFocus()
        qtbot.keyClick(w, Qt.Key.Key_W)
        qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == w.what_if.toolTip(), timeout=3000)
        _move(code, code.mapFromGlobal(QCursor.pos()) + QPoint(1, 1))     # a hand resting on the mouse
        assert QToolTip.isVisible()
        leave()
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=1000)    # well before its six seconds
