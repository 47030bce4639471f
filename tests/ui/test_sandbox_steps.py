"""A new sandbox program's diagram starts at step 1; an edited one keeps its step."""

from __future__ import annotations

from quizapp.ui.sandbox_analysis import same_program

from .test_sandbox_states import SMALL, many, settle

OTHER = ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tb := \"hi\"\n\tfor i := 0; i < 3; i++ {\n"
         "\t\tb += \"!\"\n\t}\n\tfmt.Println(len(b))\n}\n")


def test_same_program_tells_an_edit_from_a_new_program() -> None:
    assert same_program(SMALL, SMALL.replace("_ = h", "_ = h\n\t_ = h"))
    assert not same_program(SMALL, OTHER)
    assert not same_program("", SMALL)


def test_a_new_program_opens_at_step_one_and_an_edit_keeps_the_step(window, qtbot) -> None:  # noqa: ANN001
    sb = window.sandbox_view
    sb.set_text(many(6))
    settle(qtbot, sb)
    assert sb.diagram.model is not None and sb.diagram.model.count > 4
    sb.diagram.go(3)
    sb.set_text(many(6).replace("func main() {\n", "func main() {\n\t_ = 0\n"))
    settle(qtbot, sb)
    assert sb.diagram.model is not None and sb.diagram.index == 3
    sb.set_text(OTHER)
    settle(qtbot, sb)
    assert sb.diagram.model is not None and sb.diagram.model.count > 1
    assert sb.diagram.index == 0
