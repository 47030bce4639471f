"""Drawing memory diagrams with Qt: PNG and SVG export, and a widget with steps and zoom.

Frames are boxes with a header; a popped frame is dashed and greyed with
"no longer valid"; the stack pointer is a marked line; heap objects carry
their name and the principle that put them there. Stack, heap and dangling
pointers use the same colours as the quiz view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ..analysis.principles import PRINCIPLES, PrincipleId
from ..ui import theme
from .layout import HEAP_W, HEAP_X, LEGEND_W, STACK_W, STACK_X, TOP, DiagramModel, Snapshot


def step_title(title: str) -> str:
    """A step's title in the interface language (layout writes them in English)."""
    import re
    suffix = ""
    if title.endswith(" (if it stayed on the stack)"):
        title = title.removesuffix(" (if it stayed on the stack)")
        suffix = QCoreApplication.translate("Diagram", " (if it stayed on the stack)")
    for pattern, template in (
            (r"^enter (.+)$", QCoreApplication.translate("Diagram", "enter {f}")),
            (r"^call (.+)$", QCoreApplication.translate("Diagram", "call {f}")),
            (r"^return from (.+)$", QCoreApplication.translate("Diagram", "return from {f}")),
            (r"^(.+) returns$", QCoreApplication.translate("Diagram", "{f} returns")),
            (r"^end of (.+)$", QCoreApplication.translate("Diagram", "end of {f}"))):
        m = re.match(pattern, title)
        if m:
            return template.format(f=m.group(1)) + suffix
    return title + suffix


def step_note(s: Snapshot) -> str:
    a = s.note_args
    if s.note_key == "overwritten":
        return QCoreApplication.translate(
            "Diagram", "If {names} stayed on the stack, it would live in {func}'s popped frame: the "
            "pointer dangles, and {callee}'s frame now overwrites that memory.").format(**a)
    if s.note_key == "dangling":
        return QCoreApplication.translate(
            "Diagram", "If {names} stayed on the stack, the pointer would lead into {func}'s frame, "
            "which is no longer valid.").format(**a)
    if s.title.startswith("return from "):
        return QCoreApplication.translate(
            "Diagram", "{f}'s frame is no longer valid: the stack pointer moved back up, nothing was "
            "cleared.").format(f=s.title.removeprefix("return from "))
    return ""


def _rect(r) -> QRectF:  # noqa: ANN001
    return QRectF(r.x, r.y, r.w, r.h)


def paint(p: QPainter, s: Snapshot, lang: str = "en") -> None:
    pal = theme.code_palette()
    dark = theme.is_dark()
    bg = QColor("#111418" if dark else "#ffffff")
    fg = QColor("#e5e7eb" if dark else "#111827")
    muted = QColor(pal["muted"])
    stack_c, heap_c, wrong_c = QColor(pal["stack"]), QColor(pal["heap"]), QColor(pal["wrong"])
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(QRectF(0, 0, s.width, s.height), bg)
    title_font = QFont()
    title_font.setPointSizeF(11)
    title_font.setBold(True)
    small = QFont()
    small.setPointSizeF(9)
    mono = QFont("monospace")
    mono.setStyleHint(QFont.StyleHint.Monospace)
    mono.setPointSizeF(9)
    p.setFont(title_font)
    p.setPen(fg)
    p.drawText(QRectF(STACK_X, 8, STACK_W, 22), Qt.AlignmentFlag.AlignLeft, QCoreApplication.translate("Diagram", "Stack"))
    p.drawText(QRectF(HEAP_X, 8, HEAP_W, 22), Qt.AlignmentFlag.AlignLeft, QCoreApplication.translate("Diagram", "Heap"))
    for f in s.frames:
        r = _rect(f.rect)
        color = QColor(stack_c)
        fill = QColor(stack_c)
        fill.setAlpha(28)
        pen = QPen(color, 1.6)
        if f.invalid:
            pen = QPen(muted, 1.2, Qt.PenStyle.DashLine)
            fill = QColor(muted)
            fill.setAlpha(18)
        p.setPen(pen)
        p.setBrush(QBrush(fill))
        p.drawRoundedRect(r, 6, 6)
        if f.invalid and any(g.overwrites for g in s.frames):
            hatch = QColor(wrong_c)
            hatch.setAlpha(70)
            p.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            p.setPen(QPen(Qt.PenStyle.NoPen))
            p.drawRoundedRect(r, 6, 6)
        p.setFont(title_font)
        p.setPen(muted if f.invalid else fg)
        header = f.func + ("  — " + QCoreApplication.translate("Diagram", "no longer valid") if f.invalid else "")
        if f.overwrites:
            header += "  — " + QCoreApplication.translate("Diagram", "reuses that memory")
        p.drawText(_rect(f.header), Qt.AlignmentFlag.AlignVCenter, header)
        for sl in f.slots:
            p.setFont(mono)
            p.setPen(muted if f.invalid else fg)
            name_r, value_r = sl.text_rects
            p.drawText(_rect(name_r), Qt.AlignmentFlag.AlignVCenter, sl.name)
            value = sl.value or ""
            if sl.heap_ref:
                value = "→ " + QCoreApplication.translate("Diagram", "moved to heap")
            p.drawText(_rect(value_r), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       f"{value}   @{sl.address}" if sl.address else value)
    p.setPen(QPen(fg, 2))
    p.drawLine(QPointF(STACK_X - 40, s.sp_y), QPointF(STACK_X + STACK_W + 8, s.sp_y))
    p.setFont(small)
    p.drawText(QRectF(2, s.sp_y - 16, 60, 14), Qt.AlignmentFlag.AlignLeft, QCoreApplication.translate("Diagram", "SP"))
    for h in s.heap:
        r = _rect(h.rect)
        fill = QColor(heap_c)
        fill.setAlpha(30)
        p.setPen(QPen(heap_c, 1.6))
        p.setBrush(QBrush(fill))
        p.drawRoundedRect(r, 6, 6)
        p.setPen(fg)
        p.setFont(mono)
        p.drawText(_rect(h.text_rects[0]), Qt.AlignmentFlag.AlignVCenter, f"{h.label} = {h.value}   @{h.address}")
        p.setFont(small)
        reason = h.reason
        if reason in PrincipleId._value2member_map_:
            reason = PRINCIPLES[PrincipleId(reason)].title(lang)
        p.setPen(muted)
        p.drawText(_rect(h.text_rects[1]), Qt.AlignmentFlag.AlignVCenter, reason)
    for a in s.arrows:
        color = {"sharing-up": heap_c, "moved": heap_c, "sharing-down": stack_c, "dangling": wrong_c}[a.kind]
        pen = QPen(color, 1.8, Qt.PenStyle.DashLine if a.kind == "dangling" else Qt.PenStyle.SolidLine)
        p.setPen(pen)
        p.setBrush(QBrush())
        p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in a.points]))
        (x1, y1), (x2, y2) = a.points[-2], a.points[-1]
        d = 1 if x2 > x1 else -1
        head = QPolygonF([QPointF(x2, y2), QPointF(x2 - 8 * d, y2 - 4), QPointF(x2 - 8 * d, y2 + 4)])
        p.setBrush(QBrush(color))
        p.drawPolygon(head)
    # legend
    ly = s.height - 26
    p.setFont(small)
    x = STACK_X
    for label, color, dash in ((QCoreApplication.translate("Diagram", "pointer into the stack (sharing down)"), stack_c, False),
                               (QCoreApplication.translate("Diagram", "pointer to the heap (sharing up)"), heap_c, False),
                               (QCoreApplication.translate("Diagram", "dangling pointer"), wrong_c, True)):
        p.setPen(QPen(color, 2, Qt.PenStyle.DashLine if dash else Qt.PenStyle.SolidLine))
        p.drawLine(QPointF(x, ly + 7), QPointF(x + 22, ly + 7))
        p.setPen(fg)
        p.drawText(QRectF(x + 28, ly, 260, 16), Qt.AlignmentFlag.AlignVCenter, label)
        x += LEGEND_W


def to_image(s: Snapshot, scale: float = 1.0, lang: str = "en") -> QImage:
    img = QImage(QSize(int(s.width * scale), int(s.height * scale)), QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.scale(scale, scale)
    paint(p, s, lang)
    p.end()
    return img


def save(s: Snapshot, path: Path, lang: str = "en") -> None:
    if path.suffix.lower() == ".svg":
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(int(s.width), int(s.height)))
        gen.setViewBox(QRectF(0, 0, s.width, s.height))
        gen.setTitle(s.title)
        p = QPainter(gen)
        paint(p, s, lang)
        p.end()
    else:
        if not to_image(s, 2.0, lang).save(str(path)):
            raise OSError(f"cannot write {path}")


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
        paint(p, self.snapshot, self.lang)
        p.end()


class DiagramWidget(QWidget):
    """A diagram with step controls, the what-if view, zoom and export."""

    stepChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: DiagramModel | None = None
        self.index = 0
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
        for w in (self.what_if, self.zoom_out, self.zoom_in, self.export_btn):
            bar.addWidget(w)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.canvas = _Canvas()
        scroll = QScrollArea()
        scroll.setWidget(self.canvas)
        scroll.setWidgetResizable(False)
        lay.addLayout(bar)
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
        self.go(self.index)

    def set_model(self, model: DiagramModel | None, step: int | None = None) -> None:
        self.model = model
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
            self.step_label.setText("")
            self.note.setText("")
            return
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
            save(s, Path(path), self.canvas.lang)


__all__ = ["DiagramWidget", "save", "to_image", "paint", "TOP"]
