"""Drawing laid-out diagrams with QPainter: onto any paint device, PNG and SVG.

``paint`` draws a ``layout.Scene`` as it is: frames (the one taking the
step outlined), objects coloured by where they live (stack or heap; an
``unknown`` verdict grey), garbage dashed and faded, arrows coloured by
kind with a head at the target, and the stack pointer. Colours come in as
a ``Colours`` (the app passes its theme's); the words that are ours go
through ``QCoreApplication.translate``. No widgets here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator

from . import words
from .layout import STACK_W, Rect, Scene, Text
from .model import StepTitle


@dataclass(frozen=True)
class Colours:
    """The colours a diagram is drawn in, as ``#rrggbb`` names."""

    background: str = "#ffffff"
    text: str = "#111827"
    muted: str = "#6b7280"
    stack: str = "#0d9488"
    heap: str = "#dc2626"
    dangling: str = "#b91c1c"
    highlight: str = "#f59e0b"


_WRAP = int(Qt.TextFlag.TextWordWrap)
_WRAP_ANY = _WRAP | int(Qt.TextFlag.TextWrapAnywhere)   # a long value has no space to break at

LIGHT = Colours()
"""The default: a light page (the command line's ``diagram`` output)."""


def step_title(t: StepTitle) -> str:
    """A step's title in the interface language."""
    if t.key == "stmt":
        return QCoreApplication.translate("Diagram", "line {n}: {code}").format(n=t.line, code=t.code)
    if t.key == "loop":
        return QCoreApplication.translate("Diagram", "line {n}: the loop goes round ({code})").format(n=t.line, code=t.code)
    if t.key == "call":
        return QCoreApplication.translate("Diagram", "call {f}").format(f=t.name)
    if t.key == "return":
        return QCoreApplication.translate("Diagram", "return from {f}").format(f=t.name)
    if t.key == "alloc" and t.no_alloc:
        return words.no_alloc_title(t.line, words.label(t.name), t.no_alloc)
    if t.key == "alloc" and t.name == "append":     # only a grown append allocates
        return QCoreApplication.translate("Diagram", "line {n}: append grows the slice: a new, larger backing "
                                          "array").format(n=t.line)
    if t.key == "alloc":
        return QCoreApplication.translate("Diagram", "line {n}: allocate {site}").format(n=t.line, site=words.label(t.name))
    if t.key == "go":
        return QCoreApplication.translate("Diagram", "line {n}: start {g}").format(n=t.line, g=t.name)
    if t.key == "switch":
        return QCoreApplication.translate("Diagram", "switch to {g}").format(g=t.name)
    if t.key == "panic":
        return QCoreApplication.translate("Diagram", "line {n}: panic: {value}").format(n=t.line, value=t.name)
    if t.key == "unwind":
        return QCoreApplication.translate("Diagram", "the panic leaves {f}: it returns nothing").format(f=t.name)
    if t.key == "exit":
        return words.ended_text(t.name)
    if t.key == "send" and t.name:
        return QCoreApplication.translate("Diagram", "line {n}: send {value} on a channel").format(n=t.line, value=t.name)
    names = {"send": QCoreApplication.translate("Diagram", "channel send"), "recv": QCoreApplication.translate("Diagram", "channel receive"), "close": QCoreApplication.translate("Diagram", "close a channel"),
             "select": QCoreApplication.translate("Diagram", "select")}
    return QCoreApplication.translate("Diagram", "line {n}: {what}").format(n=t.line, what=names.get(t.key, t.key))


def _q(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def paint(p: QPainter, s: Scene, colours: Colours = LIGHT, rooms: dict[int, float] | None = None) -> None:
    """Draw one step with ``p`` in ``colours``; ``rooms``: the width some texts (by ``id``)
    are cut to, leaving the rest of their rectangle to a footnote number."""
    rooms = rooms or {}
    bg, fg, muted = QColor(colours.background), QColor(colours.text), QColor(colours.muted)
    where_c = {"stack": QColor(colours.stack), "heap": QColor(colours.heap), "unknown": muted}
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(QRectF(0, 0, s.width, s.height), bg)
    fonts = _fonts()
    for b in s.boxes:
        r = _q(b.rect)
        if b.kind == "goroutine":
            p.setPen(QPen(Qt.PenStyle.NoPen))
            band = QColor(muted)
            band.setAlpha(40)
            p.setBrush(QBrush(band))
            p.drawRoundedRect(r, 4, 4)
        else:
            base = where_c.get(b.where, muted) if b.kind != "ghost" else QColor(colours.dangling)
            if b.kind == "frame":
                base = where_c["stack"]
            fill = QColor(base)
            fill.setAlpha(14 if b.garbage else 26)
            pen = QPen(muted if b.garbage else base, 2.2 if b.current else 1.3)
            if b.garbage or b.kind == "ghost":
                pen.setStyle(Qt.PenStyle.DashLine)
            elif b.free:                 # no memory behind it: dotted, never a solid allocation
                pen.setStyle(Qt.PenStyle.DotLine)
                fill.setAlpha(8)
            if b.current:
                pen.setColor(QColor(colours.highlight))
            p.setPen(pen)
            p.setBrush(QBrush(fill))
            p.drawRoundedRect(r, 5, 5)
        if b.cells:                      # an interface's two words: type | data
            p.setPen(QPen(muted, 0.9))
            p.setBrush(QBrush(bg))
            for c in b.cells:
                p.drawRect(_q(c))
        for t in b.texts:
            if t.role == "nil":          # a nil value's mark: a small red-edged tag
                p.setPen(QPen(QColor(colours.dangling), 0.9))
                p.setBrush(QBrush(bg))
                p.drawRoundedRect(_q(t.rect), 3, 3)
            _text(p, t, fonts, muted if b.garbage else fg, muted, where_c["heap"], rooms.get(id(t)))
    for t in s.labels:
        _text(p, t, fonts, fg, muted, where_c["heap"], rooms.get(id(t)))
    p.setPen(QPen(fg, 1.6))
    for sp in s.sps or [s.sp_y]:         # each goroutine's stack has its own
        p.drawLine(QPointF(6, sp), QPointF(s.stack_x + STACK_W + 4, sp))
    arrow_c = {"heap": where_c["heap"], "stack": where_c["stack"], "inner": where_c["heap"],
               "dangling": QColor(colours.dangling)}
    for a in s.arrows:
        color = arrow_c.get(a.kind, fg)
        pen = QPen(color, 1.5, Qt.PenStyle.DashLine if a.kind == "dangling" else Qt.PenStyle.SolidLine)
        p.setPen(pen)
        p.setBrush(QBrush())
        p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in a.points]))
        (x1, y1), (x2, y2) = a.points[-2], a.points[-1]
        if x1 == x2:
            d = 1 if y2 > y1 else -1
            head = [QPointF(x2, y2), QPointF(x2 - 4, y2 - 7 * d), QPointF(x2 + 4, y2 - 7 * d)]
        else:
            d = 1 if x2 > x1 else -1
            head = [QPointF(x2, y2), QPointF(x2 - 7 * d, y2 - 4), QPointF(x2 - 7 * d, y2 + 4)]
        p.setBrush(QBrush(color))
        p.setPen(QPen(color, 1))
        p.drawPolygon(QPolygonF(head))


def _fonts() -> dict[str, QFont]:
    bold = QFont()
    bold.setPointSizeF(9.5)
    bold.setBold(True)
    small = QFont()
    small.setPointSizeF(8)
    mono = QFont("DejaVu Sans Mono")
    mono.setStyleHint(QFont.StyleHint.Monospace)
    mono.setPointSizeF(8.5)
    head = QFont(bold)                   # an object's header: its label and type, in a narrower box
    head.setPointSizeF(8.5)
    itype = QFont(mono)                  # an interface's type word, in a narrow cell
    itype.setPointSizeF(7.5)
    nil = QFont(small)
    nil.setBold(True)
    return {"title": bold, "head": head, "name": mono, "value": mono, "moved": mono, "type": small, "note": small,
            "tag": small, "state": small, "itype": itype, "nil": nil}


def worded(t: Text) -> str:
    """The whole text of ``t`` in the interface language, before eliding."""
    if t.role in ("title", "head", "tag", "state", "nil"):
        return words.word(t.whole)
    if t.role == "note":
        return words.note(t.whole)
    if t.role in ("value", "moved"):
        return words.value(t.whole)
    return t.whole


def shown(t: Text, fonts: dict[str, QFont] | None = None, width: float | None = None) -> tuple[str, bool]:
    """What is drawn for ``t``: its whole text in the interface language, elided to its
    box (or to ``width``) as the font really measures it; and whether it had to be elided."""
    font = (fonts or _fonts()).get(t.role) or _fonts()["title"]
    text = worded(t)
    if t.role != "state":                # one row: a newline in a value is shown, not broken at
        text = text.replace("\n", "↵")
    w = t.rect.w if width is None else width
    fm = QFontMetricsF(font)
    if fm.horizontalAdvance(text) <= w:
        return text, False
    if t.role == "state":               # wraps within its lines; cut only past the last one
        if fm.boundingRect(QRectF(0, 0, w, 1e6), _WRAP, text).height() <= t.rect.h + 1:
            return text, False
        lines = max(1, int((t.rect.h + 1) // fm.lineSpacing()))
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, w * lines - fm.averageCharWidth() * 4), True
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, w), True


def tooltip(t: Text) -> str:
    """The tooltip of ``t`` (empty for none): its full form when it is elided, or when the
    full form says more (a variable's type, place and address; an object's site)."""
    text, elided = shown(t)
    full = words.tooltip(t.full, t.role) if t.full else text
    if elided or t.role in ("value", "name", "moved") or (t.full and t.full != t.whole):
        return full if full != text or elided else ""
    return ""


def _text(p: QPainter, t: Text, fonts: dict[str, QFont], fg: QColor, muted: QColor,
          heap: QColor, room: float | None = None) -> None:
    """Draw ``t`` (elided to ``room`` when a footnote number takes the end of its rectangle)."""
    p.setFont(fonts.get(t.role, fonts["title"]))
    color = fg
    flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    if t.role in ("note", "tag", "type", "state", "itype"):
        color = muted
    elif t.role in ("moved", "nil"):
        color = heap
    if t.role == "nil":
        flags = int(Qt.AlignmentFlag.AlignCenter)
    label(p, _q(t.rect), flags | (_WRAP if t.role == "state" else 0), shown(t, fonts, room)[0], color)


def label(p: QPainter, r: QRectF, flags: int, text: str, color: QColor) -> None:
    """One label, drawn with one ``drawText`` in a painter state of its own: an SVG export
    groups what one state draws, so ``one_text_per_label`` can join the pieces Qt writes
    for each run of script or font back into one text element."""
    p.setPen(Qt.PenStyle.NoPen)          # a new state even when the colour is the same
    p.setPen(color)
    p.drawText(r, flags, text)


CODE_W = 330.0                   # the code column at least; as wide as its longest line, up to CODE_MAX
CODE_MAX = 640.0
HEAD_H = 30.0                    # the step's title
CAPTION_H = 16.0                 # the caption under it
LINE_H = 14.0
LEGEND_MAX = 2000                # characters of one elided value the legend prints (a huge value is cut)


@dataclass
class Page:
    """What a standalone picture of a step shows besides the drawing."""

    title: str                   # the step's title
    code: list[str]
    program: str = ""            # the caption: the program, the step of the run and the line
    step: int = 0
    steps: int = 0
    line: int = 0
    panic: bool = False          # the step is a panic: its title is in red

    def caption(self) -> str:
        parts = [self.program] if self.program else []
        if self.steps:
            parts.append(QCoreApplication.translate("Diagram", "step {i} of {n}").format(i=self.step, n=self.steps))
        if self.line > 0:
            parts.append(QCoreApplication.translate("Diagram", "line {n}").format(n=self.line))
        return " · ".join(parts)


def elided(s: Scene) -> list[tuple[Text, str]]:
    """The texts the drawing had to cut, each with its whole text (the page's legend)."""
    out = []
    for t in s.texts():
        text, cut = shown(t)
        if cut:
            whole = worded(t)
            out.append((t, whole if len(whole) <= LEGEND_MAX else whole[:LEGEND_MAX] + "…"))
    return out


def footnotes(s: Scene) -> list[tuple[Text, int, QRectF]]:
    """Each cut text with the number of its legend entry and where the number goes: at the
    end of the text's own rectangle, which the text leaves to it (so the number is inside
    the box, clear of its border and of the text)."""
    _, _, small = _page_fonts()
    fm = QFontMetricsF(small)
    out = []
    for n, (t, _) in enumerate(elided(s), 1):
        w = fm.horizontalAdvance(str(n)) + 3
        h = min(t.rect.h, fm.height())
        out.append((t, n, QRectF(t.rect.right - w + 1, t.rect.y + 1, w - 1, h)))
    return out


def _page_fonts() -> tuple[QFont, QFont, QFont]:
    mono = QFont("DejaVu Sans Mono")
    mono.setStyleHint(QFont.StyleHint.Monospace)
    mono.setPointSizeF(8.5)
    bold = QFont()
    bold.setPointSizeF(10)
    bold.setBold(True)
    small = QFont()
    small.setPointSizeF(8.5)
    return mono, bold, small



def _legend(s: Scene, width: float) -> list[tuple[str, QRectF]]:
    """The legend's entries (``[n] whole text``) and their rectangles below the drawing, from 0."""
    _, _, small = _page_fonts()
    fm = QFontMetricsF(small)
    out, y = [], 0.0
    for n, (_, whole) in enumerate(elided(s), 1):
        text = f"[{n}] {whole}"
        r = fm.boundingRect(QRectF(0, 0, width, 1e6), _WRAP_ANY, text)
        out.append((text, QRectF(0, y, width, r.height())))
        y += r.height() + 3
    return out


def _head_h(page: Page) -> float:
    return HEAD_H + (CAPTION_H if page.caption() else 0.0)


def code_width(page: Page) -> float:
    """The code column of a page: its longest line whole (tabs as four spaces), within bounds."""
    mono = _page_fonts()[0]
    longest = max((QFontMetricsF(mono).horizontalAdvance(t.replace("\t", "    ")) for t in page.code), default=0.0)
    return max(CODE_W, min(CODE_MAX, 38 + longest + 16))


def page_size(s: Scene, page: Page) -> tuple[float, float]:
    """The size of ``paint_page``'s picture."""
    width = code_width(page) + s.width
    body = max(s.height, len(page.code) * LINE_H + 16)
    legend = _legend(s, width - 20)
    extra = (legend[-1][1].bottom() + 30) if legend else 0.0
    return width, _head_h(page) + body + extra


def paint_page(p: QPainter, s: Scene, page: Page, colours: Colours = LIGHT) -> tuple[float, float]:
    """A standalone picture of a step: its title and caption (program, step, line), the code
    with the step's line highlighted, the diagram beside it, and below, the whole text of
    every value the drawing cut (numbered where it is cut). Returns the page's size."""
    fg, muted = QColor(colours.text), QColor(colours.muted)
    mono, bold, small = _page_fonts()
    width, height = page_size(s, page)
    head_h = _head_h(page)
    p.fillRect(QRectF(0, 0, width, height), QColor(colours.background))
    p.setFont(bold)
    vcenter = int(Qt.AlignmentFlag.AlignVCenter)
    label(p, QRectF(10, 6, width - 20, HEAD_H - 8), vcenter, page.title, QColor(colours.heap) if page.panic else fg)
    if page.caption():
        p.setFont(small)
        label(p, QRectF(10, HEAD_H - 4, width - 20, CAPTION_H), vcenter, page.caption(), muted)
    p.setFont(mono)
    code_w = code_width(page)
    hl = QColor(colours.highlight)
    hl.setAlpha(70)
    for i, text in enumerate(page.code, 1):
        y = head_h + 8 + (i - 1) * LINE_H
        if i == (page.line or s.line):
            p.fillRect(QRectF(4, y, code_w - 12, LINE_H), hl)
        label(p, QRectF(6, y, 26, LINE_H), int(Qt.AlignmentFlag.AlignRight) | vcenter, str(i), muted)
        label(p, QRectF(38, y, code_w - 46, LINE_H), vcenter, text.replace("\t", "    "), fg)
    p.save()
    p.translate(code_w, head_h)
    marks = footnotes(s)
    paint(p, s, colours, {id(t): r.left() - t.rect.x for t, _, r in marks})
    p.setFont(small)
    for _, n, mark in marks:             # the number of its legend entry, after the cut text
        label(p, mark, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), str(n), QColor(colours.heap))
    p.restore()
    legend = _legend(s, width - 20)
    if legend:
        top = head_h + max(s.height, len(page.code) * LINE_H + 16) + 8
        p.setPen(QPen(muted, 1))
        p.drawLine(QPointF(10, top), QPointF(width - 10, top))
        p.setFont(bold)
        label(p, QRectF(10, top + 2, width - 20, 18), vcenter,
              QCoreApplication.translate("Diagram", "Values cut short in the drawing, in full:"), fg)
        p.setFont(small)
        for text, r in legend:
            label(p, r.translated(10, top + 22), _WRAP_ANY, text, fg)
    return width, height


def save_page(s: Scene, path: Path, title: str, code: list[str], colours: Colours = LIGHT, *,
              program: str = "", step: int = 0, steps: int = 0, line: int = 0, panic: bool = False) -> None:
    """A standalone step (``paint_page``) as SVG or PNG; ``OSError`` if it cannot be written."""
    page = Page(title, code, program, step, steps, line, panic)
    width, height = page_size(s, page)
    if path.suffix.lower() == ".svg":
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(int(width), int(height)))
        gen.setViewBox(QRectF(0, 0, width, height))
        gen.setTitle(title)
        gen.setDescription(page.caption())
        p = QPainter(gen)
        paint_page(p, s, page, colours)
        if not p.end():
            raise OSError(f"cannot write {path}")
        one_text_per_label(path)
        return
    img = QImage(QSize(int(width * 2), int(height * 2)), QImage.Format.Format_ARGB32)
    img.fill(QColor(colours.background))
    p = QPainter(img)
    p.scale(2, 2)
    paint_page(p, s, page, colours)
    p.end()
    if not img.save(str(path)):
        raise OSError(f"cannot write {path}")


_GROUP = re.compile(r"(<g [^>]*>)(.*?)(</g>)", re.S)
_TEXT = re.compile(r"<text ([^>]*?)\s*>(.*?)</text>", re.S)
_PLACE = re.compile(r'\s*\b(x|y)="[^"]*"')
_ATTR = re.compile(r'([\w:-]+)="([^"]*)"')


def one_text_per_label(path: Path) -> None:
    """Join the text elements of each group of an SVG Qt wrote into one per line.

    Qt writes a ``<text>`` for each run of one script or font (``第``, `` 7 ``, ``行``),
    and ``label`` draws every label in a group of its own: the runs of a group that share
    a line become one ``<text>`` at the first one's place, the text flowing on as SVG Tiny
    lays it out (a run in another font or colour a ``<tspan>`` saying so), so a label is
    one element to select, search or edit."""
    try:
        svg = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OSError(f"cannot read back {path}: {exc}") from exc

    def join(m: re.Match[str]) -> str:
        runs = list(_TEXT.finditer(m.group(2)))
        if len(runs) < 2 or _TEXT.sub("", m.group(2)).strip():
            return m.group(0)            # one run, or more than text in the group: as it is
        lines: list[list[re.Match[str]]] = []
        for r in runs:
            y = dict(_ATTR.findall(r.group(1))).get("y")
            if lines and dict(_ATTR.findall(lines[-1][0].group(1))).get("y") == y:
                lines[-1].append(r)
            else:
                lines.append([r])
        out = []
        for line in lines:
            common = dict(_ATTR.findall(line[0].group(1)))
            body = ""
            for r in line:
                own = [(k, v) for k, v in _ATTR.findall(_PLACE.sub("", r.group(1))) if common.get(k) != v]
                body += (f"<tspan {' '.join(f'{k}={chr(34)}{v}{chr(34)}' for k, v in own)}>{r.group(2)}</tspan>"
                         if own else r.group(2))
            out.append(f"<text {line[0].group(1).strip()}>{body}</text>")
        return m.group(1) + "\n" + "\n".join(out) + "\n" + m.group(3)

    path.write_text(_GROUP.sub(join, svg), encoding="utf-8")


def to_image(s: Scene, scale: float = 1.0, colours: Colours = LIGHT) -> QImage:
    img = QImage(QSize(int(s.width * scale), int(s.height * scale)), QImage.Format.Format_ARGB32)
    img.fill(QColor(colours.background))
    p = QPainter(img)
    p.scale(scale, scale)
    paint(p, s, colours)
    p.end()
    return img


def save(s: Scene, path: Path, colours: Colours = LIGHT, title: str = "") -> None:
    """Write one step as SVG (by the suffix) or PNG at twice its size; ``OSError`` if it cannot."""
    if path.suffix.lower() == ".svg":
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(int(s.width), int(s.height)))
        gen.setViewBox(QRectF(0, 0, s.width, s.height))
        gen.setTitle(title)
        p = QPainter(gen)
        paint(p, s, colours)
        p.end()
        one_text_per_label(path)
    elif not to_image(s, 2.0, colours).save(str(path)):
        raise OSError(f"cannot write {path}")
