"""A read-only rich-text view of explanations whose compiler flags and code never break across lines.

The feedback, the model answers, the interview report and the sandbox's output name commands
(``go build -gcflags='-m -l'``) and quote code and gc's lines (``moved to heap: x``). A line
may break at a space or after a hyphen, so the HTML they show holds no-break spaces and
invisible word joiners there (``quiz.text.unbroken``); what the learner copies is the text as
typed.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QTextBrowser

from ..quiz.text import copyable, unbroken


class ProseView(QTextBrowser):
    """A ``QTextBrowser`` whose ``set_prose`` keeps flags and code whole and whose copies are plain."""

    def set_prose(self, markup: str) -> None:
        self.setHtml(unbroken(markup))

    def toPlainText(self) -> str:  # noqa: N802 - Qt override: the text as typed
        return copyable(super().toPlainText())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        data.setText(copyable(self.textCursor().selection().toPlainText()))
        return data
