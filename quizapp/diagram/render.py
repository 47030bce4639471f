"""Drawing memory diagrams with QPainter: onto any paint device, PNG and SVG.

Frames are boxes with a header; a popped frame is dashed and greyed with
"no longer valid"; the stack pointer is a marked line; heap objects carry
their name and the principle that put them there. The colours come in as
a ``Colours`` (the app passes its theme's, so stack, heap and dangling
pointers look as in the quiz view); no widgets here.
"""

from __future__ import annotations

from pathlib import Path

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator

from ..analysis.principles import PRINCIPLES, PrincipleId
from .layout import (
    HEAP_W,
    HEAP_X,
    LEGEND_W,
    STACK_W,
    STACK_X,
    Snapshot,
)


@dataclass(frozen=True)
class Colours:
    """The colours a diagram is drawn in, as ``#rrggbb`` names."""

    background: str = "#ffffff"
    text: str = "#111827"
    muted: str = "#6b7280"
    stack: str = "#0d9488"
    heap: str = "#dc2626"
    dangling: str = "#b91c1c"


LIGHT = Colours()
"""The default: a light page (the command line's ``diagram`` output)."""


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


def paint(p: QPainter, s: Snapshot, colours: Colours = LIGHT, lang: str = "en") -> None:
    """Draw one step of a diagram with ``p``, in ``colours``; text in ``lang`` where it is ours."""
    bg = QColor(colours.background)
    fg = QColor(colours.text)
    muted = QColor(colours.muted)
    stack_c, heap_c, wrong_c = QColor(colours.stack), QColor(colours.heap), QColor(colours.dangling)
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
        (x1, _), (x2, y2) = a.points[-2], a.points[-1]
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


def to_image(s: Snapshot, scale: float = 1.0, colours: Colours = LIGHT, lang: str = "en") -> QImage:
    img = QImage(QSize(int(s.width * scale), int(s.height * scale)), QImage.Format.Format_ARGB32)
    img.fill(QColor(colours.background))
    p = QPainter(img)
    p.scale(scale, scale)
    paint(p, s, colours, lang)
    p.end()
    return img


def save(s: Snapshot, path: Path, colours: Colours = LIGHT, lang: str = "en") -> None:
    """Write one step as SVG (by the suffix) or PNG at twice its size; ``OSError`` if it cannot."""
    if path.suffix.lower() == ".svg":
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(int(s.width), int(s.height)))
        gen.setViewBox(QRectF(0, 0, s.width, s.height))
        gen.setTitle(s.title)
        p = QPainter(gen)
        paint(p, s, colours, lang)
        p.end()
    else:
        if not to_image(s, 2.0, colours, lang).save(str(path)):
            raise OSError(f"cannot write {path}")
