"""The diagram widget: steps, the what-if view, and the theme's colours."""

from __future__ import annotations

from quizapp.analysis import analyze
from quizapp.diagram.layout import build

from ..diagram.test_layout import INIT


def test_widget_steps_and_what_if(qtbot) -> None:  # noqa: ANN001
    from quizapp.ui.diagram_view import DiagramWidget
    w = DiagramWidget()
    qtbot.addWidget(w)
    m = build(analyze(INIT))
    w.set_model(m)
    assert w.index == len(m.steps) - 1
    w.go(0)
    assert not w.prev_btn.isEnabled()
    i = next(i for i, s in enumerate(m.steps) if s.what_if is not None)
    w.go(i)
    w.what_if.setChecked(True)
    assert w.current() is m.steps[i].what_if
    assert "dangles" in w.note.text()


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
