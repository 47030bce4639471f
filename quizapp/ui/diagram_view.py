"""The memory diagram in the app: a canvas with step controls, the what-if view, zoom and export.

Drawing is ``diagram.render``'s; this widget only chooses the step and
hands it the current theme's colours.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..diagram.layout import DiagramModel, Snapshot
from ..diagram.render import Colours, paint, save, step_note, step_title
from . import theme


def diagram_colours() -> Colours:
    """The diagram's colours in the current theme."""
    pal = theme.code_palette()
    dark = theme.is_dark()
    return Colours(background="#111418" if dark else "#ffffff", text="#e5e7eb" if dark else "#111827",
                   muted=pal["muted"], stack=pal["stack"], heap=pal["heap"], dangling=pal["wrong"])


class _Canvas(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.snapshot: Snapshot | None = None
        self.zoom = 1.0
        self.lang = "en"

    def set(self, s: Snapshot | None) -> None:
        self.snapshot = s
        if s is not None:
            self.setMinimumSize(int(s.width * self.zoom), int(s.height * self.zoom))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        if self.snapshot is None:
            return
        p = QPainter(self)
        p.scale(self.zoom, self.zoom)
        paint(p, self.snapshot, diagram_colours(), self.lang)
        p.end()


class DiagramWidget(QWidget):
    """A diagram with step controls, the what-if view, zoom and export."""

    stepChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: DiagramModel | None = None
        self.index = 0
        self.message = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.prev_btn = QPushButton("◀")
        self.next_btn = QPushButton("▶")
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.what_if = QCheckBox()
        self.zoom_in = QPushButton("+")
        self.zoom_out = QPushButton("−")
        self.export_btn = QPushButton()
        for b in (self.prev_btn, self.next_btn, self.zoom_out, self.zoom_in):
            b.setFixedWidth(36)
        bar.addWidget(self.prev_btn)
        bar.addWidget(self.next_btn)
        bar.addWidget(self.step_label, 1)
        tools = QHBoxLayout()                 # a second row, so a narrow pane clips nothing
        tools.addWidget(self.what_if)
        tools.addStretch(1)
        for w in (self.zoom_out, self.zoom_in, self.export_btn):
            tools.addWidget(w)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.canvas = _Canvas()
        scroll = QScrollArea()
        self.scroll = scroll
        scroll.setWidget(self.canvas)
        scroll.setWidgetResizable(False)
        lay.addLayout(bar)
        lay.addLayout(tools)
        lay.addWidget(self.note)
        lay.addWidget(scroll, 1)
        self.prev_btn.clicked.connect(lambda: self.go(self.index - 1))
        self.next_btn.clicked.connect(lambda: self.go(self.index + 1))
        self.what_if.toggled.connect(lambda _: self.go(self.index))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.canvas.zoom * 1.2))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.canvas.zoom / 1.2))
        self.export_btn.clicked.connect(self.export)
        self.retranslate()

    def retranslate(self) -> None:
        self.what_if.setText(QCoreApplication.translate("Diagram", "What if it stayed on the stack?"))
        self.export_btn.setText(QCoreApplication.translate("Diagram", "Export…"))
        self.prev_btn.setAccessibleName(QCoreApplication.translate("Diagram", "Previous step"))
        self.next_btn.setAccessibleName(QCoreApplication.translate("Diagram", "Next step"))
        self.scroll.setAccessibleName(QCoreApplication.translate("Diagram", "Memory diagram"))
        self.go(self.index)

    def set_model(self, model: DiagramModel | None, step: int | None = None, message: str = "") -> None:
        """Show ``model`` (at ``step``, default the last); without one, ``message`` says why."""
        self.model = model
        self.message = message
        self.go(len(model.steps) - 1 if model is not None and step is None else (step or 0))

    def current(self) -> Snapshot | None:
        if self.model is None or not self.model.steps:
            return None
        s = self.model.steps[self.index]
        if self.what_if.isChecked() and s.what_if is not None:
            return s.what_if
        return s

    def go(self, index: int) -> None:
        if self.model is None or not self.model.steps:
            self.canvas.set(None)
            self.step_label.setText(self.message)
            self.note.setText("")
            for w in (self.prev_btn, self.next_btn, self.what_if, self.export_btn):
                w.setEnabled(False)
            self.what_if.setChecked(False)
            return
        self.export_btn.setEnabled(True)
        self.index = max(0, min(index, len(self.model.steps) - 1))
        s = self.model.steps[self.index]
        self.what_if.setEnabled(s.what_if is not None)
        shown = self.current()
        self.step_label.setText(QCoreApplication.translate("Diagram", "Step {i} of {n}: {title}").format(
            i=self.index + 1, n=len(self.model.steps), title=step_title(shown.title) if shown else ""))
        note = step_note(shown) if shown is not None else ""
        notes = [note] if note else []
        if self.model.simplifications:
            notes.append(QCoreApplication.translate("Diagram", "Simplified: ") + "; ".join(self.model.simplifications))
        self.note.setText("\n".join(notes))
        self.prev_btn.setEnabled(self.index > 0)
        self.next_btn.setEnabled(self.index + 1 < len(self.model.steps))
        self.canvas.set(shown)
        self.stepChanged.emit(self.index)

    def set_zoom(self, z: float) -> None:
        self.canvas.zoom = max(0.4, min(3.0, z))
        self.canvas.set(self.canvas.snapshot)

    def export(self) -> None:
        s = self.current()
        if s is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("Diagram", "Export the diagram"), "diagram.png",
                                              QCoreApplication.translate("Diagram", "PNG image (*.png);;SVG image (*.svg)"))
        if path:
            try:
                save(s, Path(path), diagram_colours(), self.canvas.lang)
            except OSError as exc:
                QMessageBox.warning(self, QCoreApplication.translate("Diagram", "Export the diagram"), str(exc))
