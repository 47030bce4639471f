"""A read-only rich-text view of explanations whose compiler flags never break across lines.

The feedback and the sandbox's output name commands (``go build -gcflags='-m -l'``). A line
may break after a hyphen, so the HTML they show holds invisible word joiners in the flags
(``quiz.text.flags_unbroken``); what the learner copies is the command as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QTextBrowser

from ..quiz.text import copyable, flags_unbroken


class ProseView(QTextBrowser):
    """A ``QTextBrowser`` whose ``set_prose`` keeps flags whole and whose copies are plain."""

    def set_prose(self, markup: str) -> None:
        self.setHtml(flags_unbroken(markup))

    def toPlainText(self) -> str:  # noqa: N802 - Qt override: the text as typed
        return copyable(super().toPlainText())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        data.setText(copyable(self.textCursor().selection().toPlainText()))
        return data
