"""Settings: language, theme and code font size, each applied at once (no restart)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget


class SettingsView(QWidget):
    languageChanged = Signal(str)
    themeChanged = Signal(str)
    fontSizeChanged = Signal(int)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        form.setContentsMargins(16, 16, 16, 16)
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("中文", "zh")
        self.theme = QComboBox()
        self.theme.addItem("", "system")
        self.theme.addItem("", "light")
        self.theme.addItem("", "dark")
        self.font = QSpinBox()
        self.font.setRange(8, 28)
        self.lang_label, self.theme_label, self.font_label = QLabel(), QLabel(), QLabel()
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        form.addRow(self.lang_label, self.lang)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.font_label, self.font)
        form.addRow(self.note)
        self.lang.setCurrentIndex(max(0, self.lang.findData(settings.value("language", "en"))))
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.value("theme", "system"))))
        self.font.setValue(int(settings.value("font_size", 11)))
        self.lang.currentIndexChanged.connect(lambda: self.languageChanged.emit(self.lang.currentData()))
        self.theme.currentIndexChanged.connect(lambda: self.themeChanged.emit(self.theme.currentData()))
        self.font.valueChanged.connect(self.fontSizeChanged.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.lang_label.setText(self.tr("Language"))
        self.theme_label.setText(self.tr("Theme"))
        self.font_label.setText(self.tr("Code font size"))
        self.note.setText(self.tr("Changes apply at once. Press F1 for every keyboard shortcut."))
        for i, text in enumerate((self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme.setItemText(i, text)
        self.lang.setAccessibleName(self.tr("Language"))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.font.setAccessibleName(self.tr("Code font size"))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
