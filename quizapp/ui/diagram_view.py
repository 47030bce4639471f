"""The memory diagram in the app: the run step by step, with its controls.

The widget shows one step of a ``diagram.model.DiagramModel``: the step's
title (the line and what happens), the drawing (``diagram.render``),
scaled to the pane's width so nothing is cut, with each value's full text
as a tooltip, and the controls: back, step, step over a call, next and
previous allocation, first and last step, a slider, the what-if view, zoom
and export. Keys come from the app's keymap (area ``DIAGRAM``). A step not
yet captured is computed off the GUI thread; ``lineChanged`` tells the code
view which line to highlight.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QEvent, QObject, QPointF, QRect, QRunnable, QSize, Qt, QThreadPool,
                            Signal, Slot)
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
                               QSizePolicy, QSlider, QToolTip, QVBoxLayout, QWidget)

from ..diagram.layout import Scene, Text
from ..diagram.model import DiagramModel
from ..diagram.render import Colours, paint, save_page, step_title, tooltip
from ..diagram.words import ended_text, note, problem
from . import theme
from .key_tip import KeyTip
from .keymap import Action, Area, route
from .textfit import elide_lines, wrapped
from .places import ask_save_path


def diagram_colours() -> Colours:
    """The diagram's colours in the current theme."""
    pal = theme.code_palette()
    dark = theme.is_dark()
    return Colours(background="#111418" if dark else "#ffffff", text="#e5e7eb" if dark else "#111827",
                   muted=pal["muted"], stack=pal["stack"], heap=pal["heap"], dangling=pal["wrong"])


def run_diagram(analysis: object, code: str, line_offset: int, inline: bool = False) -> DiagramModel | None:
    """The diagram of a question's program (None when it cannot run at all).

    With ``inline`` (``analysis`` is of the default build) it is the default build's
    diagram: the run follows the ``-l`` analysis's program, placed as the default build
    places it, inlined calls merged into their callers' frames."""
    from ..diagram.layout import DiagramError
    from ..diagram.model import build
    from ..analysis.errors import AnalysisError
    from ..quiz.answers import analysis_of
    try:
        if inline:
            return build(analysis_of(code), source=code, line_offset=line_offset,  # type: ignore[arg-type]
                         default=analysis)  # type: ignore[arg-type]
        return build(analysis, source=code, line_offset=line_offset)  # type: ignore[arg-type]
    except (AnalysisError, DiagramError, RecursionError):
        return None


EXPLAIN_MS = 6000               # how long W's explanation stays when nothing else hides it
NOTE_LINES = 3                   # a note longer than this scrolls
TITLE_LINES = 2                  # the step's title: room for this many lines, always


class _Canvas(QWidget):
    """Paints one scene, scaled to the width it is given; full texts on hover."""

    def __init__(self) -> None:
        super().__init__()
        self.scene: Scene | None = None
        self.zoom = 1.0          # on top of fitting the width
        self.fit = 1.0
        self.setMouseTracking(True)

    def set(self, s: Scene | None, width: int) -> None:
        if s is not self.scene:
            QToolTip.hideText()          # the full text of a value no longer shown
        self.scene = s
        if s is not None:
            self.fit = min(1.0, max(0.45, (width - 4) / s.width)) if width > 0 else 1.0
            k = self.fit * self.zoom
            self.setFixedSize(int(s.width * k), int(s.height * k))
        self.update()

    def scale(self) -> float:
        return self.fit * self.zoom

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if self.scene is None:
            return
        p = QPainter(self)
        p.scale(self.scale(), self.scale())
        paint(p, self.scene, diagram_colours())
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.scene is None:
            return
        t = self.item_at(event.position() / self.scale())
        text = wrapped(tooltip(t)) if t is not None else ""
        if not text or t is None:
            QToolTip.hideText()
            return
        k = self.scale()
        item = QRect(int(t.rect.x * k), int(t.rect.y * k), max(1, int(t.rect.w * k)), max(1, int(t.rect.h * k)))
        QToolTip.showText(event.globalPosition().toPoint(), text, self, item)
        self._place_tip(item)

    def _place_tip(self, item: QRect) -> None:
        """Put the tooltip just under the hovered item, starting at its left (above it when the
        screen has no room below; shifted left only as far as the screen's edge needs)."""
        tip = next((w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()), None)
        if tip is None:
            return
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        left = self.mapToGlobal(item.topLeft())
        bottom = self.mapToGlobal(item.bottomLeft()).y() + 2
        x = max(screen.left(), min(left.x(), screen.right() - tip.width()))
        y = bottom if bottom + tip.height() <= screen.bottom() else left.y() - 2 - tip.height()
        tip.move(x, max(screen.top(), y))

    def item_at(self, pos: QPointF) -> Text | None:
        """The text under ``pos`` (in scene units)."""
        for t in self.scene.texts() if self.scene is not None else ():
            if t.rect.contains(pos.x(), pos.y()):
                return t
        return None

    def tooltip_at(self, pos: QPointF) -> str:
        """The full text under ``pos`` (in scene units): what an elided text cut, or more."""
        t = self.item_at(pos)
        return tooltip(t) if t is not None else ""


class _NoteBox(QScrollArea):
    """The step's notes: as tall as their text, at most its maximum height (then it scrolls)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget()
        w = self.viewport().width() or self.width()
        h = inner.heightForWidth(w) if inner is not None else 0
        return QSize(w, min(max(h, 0) + 2 * self.frameWidth(), self.maximumHeight()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self.updateGeometry()              # a new width wraps the text into another number of lines


class _Signals(QObject):
    done = Signal(object)


class _SceneJob(QRunnable):
    """Lays out a step the trace has not captured yet (a replay of the run)."""

    def __init__(self, model: DiagramModel, index: int, what_if: bool, generation: int,
                 wanted: Callable[[], tuple[int, int, bool]]) -> None:
        super().__init__()
        self.model, self.index, self.what_if, self.generation = model, index, what_if, generation
        self.wanted = wanted
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        if self.wanted() != (self.generation, self.index, self.what_if):
            return               # the view has moved on (a key held down): skip the replay
        try:
            scene = self.model.scene(self.index, self.what_if)
            ghosts = scene.ghosts if self.what_if else self.model.scene(self.index, True).ghosts
            result: object = (scene, bool(ghosts))
        except Exception as exc:  # noqa: BLE001 - shown in the view, never a traceback
            result = exc
        self.signals.done.emit((self.generation, self.index, self.what_if, result))


class DiagramWidget(QWidget):
    """A run's memory diagram with its controls."""

    stepChanged = Signal(int)
    lineChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: DiagramModel | None = None
        self.index = 0
        self.message = ""
        self.build: str | None = None     # the build the surrounding view shows ("-l", "-m"), if any
        self.source_note = ""             # which program it runs, when that needs saying
        self.generation = 0
        self._want_what_if = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.lang = "en"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        bar = QHBoxLayout()
        self.first_btn = QPushButton("⇤")
        self.prev_btn = QPushButton("◀")
        self.next_btn = QPushButton("▶")
        self.over_btn = QPushButton()
        self.alloc_btn = QPushButton()
        self.last_btn = QPushButton("⇥")
        self.buttons = (self.first_btn, self.prev_btn, self.next_btn, self.over_btn, self.alloc_btn,
                        self.last_btn)
        for b in self.buttons:
            if b.text():
                b.setFixedWidth(38)
            bar.addWidget(b)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(90)       # usable in any language's button widths
        bar.addWidget(self.slider, 1)
        self.counter = QLabel()
        bar.addWidget(self.counter)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.step_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.title = ""                       # the step's whole title (the label may elide it)
        self.panic = False                    # the step shown is a panic: a red banner
        tools = QHBoxLayout()                 # a second row, so a narrow pane clips nothing
        tools.addStretch(1)                   # the step's title has a row of its own, the pane's width
        self.what_if = QCheckBox()
        self.key_tip = KeyTip(self)
        tools.addWidget(self.what_if)
        self.zoom_out = QPushButton("−")
        self.zoom_in = QPushButton("+")
        self.export_btn = QPushButton()
        for w in (self.zoom_out, self.zoom_in):
            w.setFixedWidth(36)
        for w in (self.zoom_out, self.zoom_in, self.export_btn):
            tools.addWidget(w)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note_box = _NoteBox()            # a long note scrolls in a few lines; the drawing keeps its room
        self.note_box.setWidget(self.note)
        self.note_box.setWidgetResizable(True)
        self.note_box.setFrameShape(QScrollArea.Shape.NoFrame)
        self.note_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.canvas = _Canvas()
        self.scroll = QScrollArea()
        self.scroll.setMinimumHeight(48)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)   # zoomed in: scroll
        self.scroll.installEventFilter(self)  # refit whenever the pane changes size, shown or not
        self.step_label.installEventFilter(self)   # a new width elides the title anew
        lay.addLayout(bar)
        lay.addWidget(self.step_label)
        lay.addLayout(tools)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.note_box)          # under the drawing: a note coming or going never moves it
        self.first_btn.clicked.connect(lambda: self.go(0))
        self.prev_btn.clicked.connect(lambda: self.go(self.index - 1))
        self.next_btn.clicked.connect(lambda: self.go(self.index + 1))
        self.over_btn.clicked.connect(self.step_over)
        self.alloc_btn.clicked.connect(self.next_alloc)
        self.last_btn.clicked.connect(lambda: self.go(self.count() - 1))
        self.slider.valueChanged.connect(lambda v: self.go(v) if v != self.index else None)
        self.what_if.toggled.connect(lambda _: self.go(self.index))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.canvas.zoom * 1.2))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.canvas.zoom / 1.2))
        self.export_btn.clicked.connect(self.export)
        handlers = {
            Action.STEP: lambda _n: self._key(self.index + 1),
            Action.STEP_BACK: lambda _n: self._key(self.index - 1),
            Action.STEP_OVER: lambda _n: self._key(self.model.step_over(self.index) if self.model else 0),
            Action.NEXT_ALLOC: lambda _n: self._key(self.model.next_alloc(self.index) if self.model else 0),
            Action.PREVIOUS_ALLOC: lambda _n: self._key(self.model.prev_alloc(self.index)
                                                        if self.model else 0),
            Action.FIRST_STEP: lambda _n: self._key(0),
            Action.LAST_STEP: lambda _n: self._key(self.count() - 1),
            Action.WHAT_IF: lambda _n: self._toggle_what_if(),
        }
        for w in (self, self.scroll, self.canvas, self.slider, *self.buttons):
            route(w, Area.DIAGRAM, handlers)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.program = "main.go"          # what the export's caption calls the program
        self.retranslate()

    # ------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.what_if.setText(QCoreApplication.translate("Diagram", "What if it stayed on the stack?"))
        self.export_btn.setText(QCoreApplication.translate("Diagram", "Export…"))
        self.over_btn.setText(QCoreApplication.translate("Diagram", "Over"))
        self.alloc_btn.setText(QCoreApplication.translate("Diagram", "Alloc"))
        for b, name, key in ((self.first_btn, QCoreApplication.translate("Diagram", "First step"), "Home"),
                             (self.prev_btn, QCoreApplication.translate("Diagram", "Previous step"), "←"),
                             (self.next_btn, QCoreApplication.translate("Diagram", "Next step"), "→"),
                             (self.over_btn, QCoreApplication.translate("Diagram", "Step over a call"), "↓"),
                             (self.alloc_btn, QCoreApplication.translate("Diagram", "Next allocation"), "A"),
                             (self.last_btn, QCoreApplication.translate("Diagram", "Last step"), "End")):
            b.setAccessibleName(name)
            b.setToolTip(f"{name} ({key})")
        self.slider.setAccessibleName(QCoreApplication.translate("Diagram", "Step of the run"))
        self.zoom_in.setAccessibleName(QCoreApplication.translate("Diagram", "Zoom in"))
        self.zoom_out.setAccessibleName(QCoreApplication.translate("Diagram", "Zoom out"))
        self.scroll.setAccessibleName(QCoreApplication.translate("Diagram", "Memory diagram"))
        self.note_box.setAccessibleName(QCoreApplication.translate("Diagram", "Notes on this step"))
        self.setAccessibleName(QCoreApplication.translate("Diagram", "Memory diagram"))
        self.go(self.index)

    # ------------------------------------------------------------ model
    def count(self) -> int:
        return self.model.count if self.model is not None else 0

    def set_model(self, model: DiagramModel | None, step: int | None = None, message: str = "",
                  build: str | None = None) -> None:
        """Show ``model`` (at ``step``, default its opening step: the end of the run, before
        main's frame goes); without one, ``message`` says why.

        ``build`` is the build the rest of the view shows (``-l`` or ``-m``): a
        diagram of the other build says so, never contradicting the answers beside it."""
        self.model = model
        self.message = message
        self.build = build
        self.generation += 1
        if model is not None:
            self.slider.blockSignals(True)
            self.slider.setMaximum(max(model.count - 1, 0))
            self.slider.blockSignals(False)
            widest = QCoreApplication.translate("Diagram", "{i} / {n}").format(i=model.count, n=model.count)
            self.counter.setMinimumWidth(self.counter.fontMetrics().horizontalAdvance(widest) + 2)
        self.go(model.opening_step() if model is not None and step is None else (step or 0))

    def set_source_note(self, note: str) -> None:
        """Say above every step which program the diagram runs ("" when that goes without
        saying; a fix question: the learner's checked edit or the original)."""
        if note != self.source_note:
            self.source_note = note
            if self.model is not None:
                self.go(self.index)

    def _key(self, index: int) -> bool:
        if self.model is None:
            return False
        self.go(index)
        return True

    def _toggle_what_if(self) -> bool:
        if self.model is None:
            return False
        if not self.what_if.isEnabled():        # say why instead of doing nothing
            self.key_tip.show(self.what_if, self.what_if.toolTip(), EXPLAIN_MS)   # gone as the mouse moves
            return True
        self.what_if.toggle()
        return True

    def step_over(self) -> None:
        if self.model is not None:
            self.go(self.model.step_over(self.index))

    def next_alloc(self) -> None:
        if self.model is not None:
            self.go(self.model.next_alloc(self.index))

    # ------------------------------------------------------------ showing a step
    def go(self, index: int) -> None:
        if self.model is None or self.model.count == 0:
            self.canvas.set(None, 0)
            self._set_title(self.message, fixed=False)   # nothing drawn under it: it may take its room
            self.counter.setText("")
            self._set_note("")
            self.index = 0
            self.slider.blockSignals(True)       # nothing to step through: back at the start
            self.slider.setMaximum(0)
            self.slider.setValue(0)
            self.slider.blockSignals(False)
            for w in (*self.buttons, self.what_if, self.export_btn, self.slider, self.zoom_in, self.zoom_out):
                w.setEnabled(False)
            self.what_if.setChecked(False)
            self.lineChanged.emit(0)             # no step, so no current line in the code
            return
        n = self.model.count
        if max(0, min(index, n - 1)) != self.index:
            QToolTip.hideText()                  # at once, even while the new step is worked out
        self.index = max(0, min(index, n - 1))
        for w in (self.slider, self.export_btn, self.zoom_in, self.zoom_out):
            w.setEnabled(True)
        self.slider.blockSignals(True)
        self.slider.setValue(self.index)
        self.slider.blockSignals(False)
        self.first_btn.setEnabled(self.index > 0)
        self.prev_btn.setEnabled(self.index > 0)
        for b in (self.next_btn, self.over_btn, self.last_btn):
            b.setEnabled(self.index + 1 < n)
        self.alloc_btn.setEnabled(self.model.next_alloc(self.index) != self.index)
        self.counter.setText(QCoreApplication.translate("Diagram", "{i} / {n}").format(i=self.index + 1, n=n))
        title = self.model.title(self.index)
        self._set_title(step_title(title), panic=title.alarming)
        self.lineChanged.emit(self.model.line(self.index))     # 0: no line of the code (clears the mark)
        self.stepChanged.emit(self.index)
        what_if = self._want_what_if = self.what_if.isChecked()
        cached = self.model.scenes.get((self.index, what_if))
        if cached is not None:
            self._show(cached, (self.index, True) in self.model.scenes and bool(
                self.model.scenes[(self.index, True)].ghosts))
            return
        self._set_note(QCoreApplication.translate("Diagram", "Working out this step…"))
        job = _SceneJob(self.model, self.index, what_if, self.generation, self._wanted)
        job.signals.done.connect(self._scene_ready)
        self.pool.start(job)

    def _wanted(self) -> tuple[int, int, bool]:
        return self.generation, self.index, self._want_what_if

    def _scene_ready(self, payload: tuple) -> None:
        generation, index, what_if, result = payload
        if generation != self.generation or index != self.index or what_if != self.what_if.isChecked():
            return
        if isinstance(result, Exception):
            self.canvas.set(None, 0)
            self._set_note(QCoreApplication.translate("Diagram", "This step cannot be drawn: {why}").format(
                why=problem(str(result))))
            return
        scene, has_what_if = result
        self._show(scene, has_what_if)

    def _show(self, scene: Scene, has_what_if: bool) -> None:
        assert self.model is not None
        self.what_if.setEnabled(has_what_if or self.what_if.isChecked())
        self.what_if.setToolTip("" if self.what_if.isEnabled() else QCoreApplication.translate(
            "Diagram", "Nothing would change at this step: nothing a returned function put on the "
            "heap is still in use, so no pointer would dangle."))
        notes = [self.source_note] if self.source_note else []
        if (record := self.model.trace.steps[self.index]).event in ("panic", "exit"):  # the banner may cut it
            notes.append(QCoreApplication.translate("Diagram", "The program panics: {value}").format(
                value=record.detail) if record.event == "panic" else ended_text(record.detail))
        mismatch = self.build_mismatch()
        if mismatch:
            notes.append(mismatch)
        if scene.what_if and scene.ghosts:
            notes.append(QCoreApplication.translate("Diagram", "If it had stayed on the stack: {funcs} returned, so the pointers into its "
                            "frame would dangle (dashed).").format(funcs=", ".join(scene.ghosts)))
        if self.model.trace.steps[self.index].event == "alloc":     # the note of what it allocated
            made = [b for b in scene.boxes if b.kind in ("object", "stack-object") and b.id[1:].isdigit()]
            newest = max(made, key=lambda b: int(b.id[1:]), default=None)   # ids follow allocation
            notes += [note(t.full) for t in (newest.texts if newest else []) if t.role == "note"]
        if scene.hidden:
            notes.append(QCoreApplication.translate("Diagram", "{n} older objects are not drawn.").format(n=scene.hidden))
        if self.index == self.model.count - 1 and self.model.problem:
            notes.append(QCoreApplication.translate("Diagram", "The run stopped here: {why}").format(
                why=problem(self.model.problem)))
        self._set_note("\n".join(dict.fromkeys(notes)))
        self._paint_viewport()
        self.canvas.set(scene, self.room())
        self._follow(scene)

    def _follow(self, scene: Scene) -> None:
        """Scroll the frame running now into view (another goroutine's stack may be below)."""
        box = next((b for b in scene.boxes if b.current), None)
        if box is not None:
            k, r = self.canvas.scale(), box.rect
            self.scroll.ensureVisible(int((r.x + r.w / 2) * k), int(r.bottom * k), 0, 8)
            self.scroll.ensureVisible(int((r.x + r.w / 2) * k), int(r.y * k), 0, 24)

    def _set_title(self, text: str, panic: bool = False, fixed: bool = True) -> None:
        """The step's title, always ``TITLE_LINES`` lines high (elided beyond, whole on hover), so
        that a title wrapping to another number of lines never moves the drawing; a panic step's
        title is a red banner."""
        self.title, self.panic = text, panic
        lab = self.step_label
        if panic:
            pal = theme.code_palette()
            fg = "#111418" if theme.is_dark() else "#ffffff"
            lab.setStyleSheet(f"QLabel {{ background: {pal['error']}; color: {fg}; font-weight: 600; "
                              f"border-radius: 3px; padding: 0px 4px; }}")
        else:
            lab.setStyleSheet("")
        if fixed:
            lab.setFixedHeight(self._title_height())
        else:
            lab.setMinimumHeight(0)
            lab.setMaximumHeight(16777215)
        self._fit_title(fixed)

    def _title_height(self) -> int:
        font = self.step_label.font()
        font.setBold(True)                   # the banner's weight: the same height either way
        return int(QFontMetricsF(font).lineSpacing() * TITLE_LINES + 6)

    def _fit_title(self, fixed: bool = True) -> None:
        lab = self.step_label
        text = self.title
        font = lab.font()
        font.setBold(self.panic)
        width = lab.contentsRect().width() - (8 if self.panic else 0)
        if fixed and width > 0:
            text = elide_lines(text, font, width, TITLE_LINES)
        lab.setText(text)
        lab.setToolTip(self.title if text != self.title else "")

    def build_mismatch(self) -> str:
        """What to say when the diagram is of another build than the view's ("" when the same)."""
        if self.model is None or self.build is None or self.model.trace.mode == self.build:
            return ""
        if self.model.trace.mode == "-l":
            return QCoreApplication.translate(
                "Diagram", "This diagram shows the build with inlining off (-m -l): no call is inlined "
                "here, so it can differ from the default build's answers above.")
        return QCoreApplication.translate(
            "Diagram", "This diagram shows the default build (inlining on, -m): it can differ from "
            "the answers above, which are for inlining off.")

    def _paint_viewport(self) -> None:
        """The pane around the drawing in the drawing's own background: one colour, no band
        where the drawing ends (in the dark theme the window colour is lighter)."""
        vp = self.scroll.viewport()
        pal = vp.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(diagram_colours().background))
        vp.setPalette(pal)
        vp.setAutoFillBackground(True)

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setToolTip(text if text.count("\n") >= NOTE_LINES else "")
        lines = self.note.fontMetrics().lineSpacing()
        self.note_box.setMaximumHeight(int(lines * (NOTE_LINES + 0.4)))
        self.note_box.setVisible(bool(text))     # no empty row when there is nothing to say
        self.note_box.updateGeometry()

    def room(self) -> int:
        """The width the drawing is fitted to: the pane's, less a vertical scroll bar's
        (always kept, so a bar coming or going never changes the fit)."""
        bar = self.scroll.verticalScrollBar()
        inner = self.scroll.width() - 2 * self.scroll.frameWidth()
        return inner - max(bar.width() if bar.isVisible() else 0, bar.sizeHint().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.step_label and event.type() == QEvent.Type.Resize and self.model is not None:
            self._fit_title()
        if watched is self.scroll and event.type() in (QEvent.Type.Resize, QEvent.Type.Show) \
                and self.canvas.scene is not None:
            self.canvas.set(self.canvas.scene, self.room())
        return super().eventFilter(watched, event)

    def set_zoom(self, z: float) -> None:
        self.canvas.zoom = max(0.5, min(3.0, z))
        self.canvas.set(self.canvas.scene, self.room())

    def current_line(self) -> int:
        """The code line of the step shown (0 when none)."""
        return self.model.line(self.index) if self.model is not None and self.model.count else 0

    def export(self) -> None:
        if self.canvas.scene is None or self.model is None:
            return
        path = ask_save_path(self, QCoreApplication.translate("Diagram", "Export the diagram"), "diagram.png",
                             QCoreApplication.translate("Diagram", "PNG image (*.png);;SVG image (*.svg)"))
        if path is not None:
            try:
                self.save(path)
            except OSError as exc:
                QMessageBox.warning(self, QCoreApplication.translate("Diagram", "Export the diagram"), str(exc))

    def save(self, path: Path) -> None:
        """The step shown as a page (``render.save_page``): caption, code, drawing and the
        full text of every elided value; ``OSError`` if it cannot be written."""
        assert self.model is not None and self.canvas.scene is not None
        code = self.model.source_lines[self.model.line_offset:]
        save_page(self.canvas.scene, path, step_title(self.model.title(self.index)), code,
                  diagram_colours(), program=self.program, step=self.index + 1, steps=self.model.count,
                  line=self.current_line(), panic=self.model.title(self.index).alarming)
