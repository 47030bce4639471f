"""Help: the keyboard shortcuts (from the keymap table) and a short introduction."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .keymap import help_html


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 620)
        lay = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Keyboard shortcuts"))
        intro = self.tr("Keys act on the part of the window that has the keyboard focus (Tab moves it; "
                        "the focused part has a blue outline).")
        self.text.setHtml(f"<p>{intro}</p>" + help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
