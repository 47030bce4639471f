"""The mock interview's report as a view: reopened from the history, exported as a styled page."""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from ..quiz.report import InterviewReport, report_html
from . import theme
from .keymap import Action, Area, route
from .places import DOCUMENTS, ask_save_path
from .prose_view import ProseView


def report_colours() -> dict[str, str]:
    u, c = theme.ui_palette(), theme.code_palette()
    return {"bg": u["base"], "text": u["text"], "muted": c["muted"], "right": c["right"], "wrong": c["wrong"],
            "border": u["border"], "panel": u["alt"]}


class ReportView(QWidget):
    backRequested = Signal()

    def __init__(self, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.report: InterviewReport | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        self.text = ProseView()
        self.text.setOpenLinks(False)
        bar = QHBoxLayout()
        self.export_btn = QPushButton()
        self.export_btn.setProperty("primary", True)
        self.export_btn.clicked.connect(self.export)
        self.back_btn = QPushButton()
        self.back_btn.clicked.connect(self.backRequested.emit)
        bar.addWidget(self.export_btn)
        bar.addStretch(1)
        bar.addWidget(self.back_btn)
        lay.addWidget(self.text, 1)
        lay.addLayout(bar)
        route(self, Area.SUMMARY, {Action.BACK: lambda _n: self.backRequested.emit() or True})
        self.retranslate()

    def retranslate(self) -> None:
        self.export_btn.setText(self.tr("Export as HTML…"))
        self.back_btn.setText(self.tr("Back (Esc)"))
        self.text.setAccessibleName(self.tr("Interview report"))
        self.render()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_report(self, report: InterviewReport) -> None:
        self.report = report
        self.render()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def render(self) -> None:
        if self.report is not None:
            self.text.set_prose(report_html(self.report, self.lang(), report_colours(), standalone=False))

    def export(self) -> None:
        if self.report is None:
            return
        path = ask_save_path(self, self.tr("Export the report"), "interview-report.html",
                             self.tr("HTML files (*.html)"), DOCUMENTS)
        if path is None:
            return
        try:
            path.write_text(report_html(self.report, self.lang()), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the report"), f"{path}: {exc.strerror}")
            return
        QMessageBox.information(self, self.tr("Exported"), self.tr("The report was written to {path}.")
                                .format(path=path))
