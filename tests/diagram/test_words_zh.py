"""The diagram's words in Chinese: wholly Chinese where the words are ours, gc's explained."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from quizapp.diagram import words


def test_our_words_are_not_followed_by_english_and_gcs_are_explained(qtbot) -> None:  # noqa: ANN001
    app = QApplication.instance()
    installed = words.install_language(app, "zh")
    try:
        assert words.state("runnable: not started yet") == "可运行：尚未开始运行"
        assert words.state("waiting: chan receive") == "等待中：通道接收（chan receive）"   # Go's words kept
        arg = words.label("... argument")
        assert arg.startswith("... argument") and "变参" in arg
        assert words.value("0xc000010000  buf [1] len 1 cap 2  closed") == "0xc000010000  buf [1] len 1 cap 2  已关闭"
    finally:
        for tr in installed:
            app.removeTranslator(tr)
    assert words.state("runnable: not started yet") == "runnable: not started yet"
    assert words.label("... argument") == "... argument"


def test_a_step_title_names_its_site_as_the_box_does(qtbot) -> None:  # noqa: ANN001
    """The title above the diagram words an allocation's site as its box's label does: gc's
    ``... argument`` explained, ``42, boxed`` and ``go closure`` in Chinese."""
    from quizapp.diagram.model import StepTitle
    from quizapp.diagram.render import step_title
    from quizapp.run.allocs import NoAlloc
    app = QApplication.instance()
    installed = words.install_language(app, "zh")
    try:
        arg = step_title(StepTitle("alloc", 18, name="... argument"))
        boxed = step_title(StepTitle("alloc", 18, name="42, boxed", no_alloc=NoAlloc.READ_ONLY))
        closure = step_title(StepTitle("alloc", 16, name="go closure"))
        assert arg == "第 18 行：分配 " + words.label("... argument") and "变参" in arg
        assert "boxed" not in boxed and boxed.startswith("第 18 行：42（装箱）")
        assert "closure" not in closure and "闭包" in closure
    finally:
        for tr in installed:
            app.removeTranslator(tr)
    assert step_title(StepTitle("alloc", 18, name="... argument")) == "line 18: allocate ... argument"
