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
    finally:
        for tr in installed:
            app.removeTranslator(tr)
    assert words.state("runnable: not started yet") == "runnable: not started yet"
    assert words.label("... argument") == "... argument"
