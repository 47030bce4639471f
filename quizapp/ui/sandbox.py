"""The sandbox: type or paste Go, see the compiler's verdicts as you type.

Analysis runs in a worker process (``quizapp.worker``: time and memory
limits), debounced, driven from a pool thread; a result that arrives after
newer edits is dropped, an analysis that runs long is cancelled when the
text changes, and closing the app cancels whatever is running. A fragment
without ``package``/``func main`` is wrapped before analysis (and the view
says so); positions are mapped back (``sandbox_analysis``). The text is
saved as you type, so it survives a restart. A switch chooses the build:
inlining off (``-m -l``, what articles show) or on (``-m``, the default
build), where a site of an inlined copy says which call brought it.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRunnable, QSettings, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QProgressBar, QPushButton, QSplitter, QTabWidget, 
                               QVBoxLayout, QWidget)

from ..analysis.api import MAX_SOURCE_BYTES
from ..files import TooLarge, read_bounded
from ..quiz.compile_help import HELP, help_for
from ..worker import MemoryLimit, TimeLimit, Worker
from . import theme
from .codeview import CodeView
from .places import DOCUMENTS, ask_save_path
from .prose_view import ProseView
from .sandbox_analysis import (DIAGRAM_MAX_LINES, MAX_LINES, BuildNote, NoDiagram, NotAnalysed, SandboxResult,
                               analyse_text, diagram_of, prepare, same_program)

__all__ = ["SandboxView", "SandboxResult", "analyse_text", "prepare", "MAX_LINES", "EXAMPLE"]
CANCEL_AFTER = 1.0
"""An analysis still running this many seconds after the text changed is cancelled."""
STALE_AFTER_MS = 700
"""An analysis of the current text still running after this long: the previous results are
cleared and the view shows that it is analysing (quicker answers replace them without a blink)."""


def _constant_box(text: str) -> bool:
    """An interface box of a literal constant (``"hello" escapes to heap``): no run-time allocation."""
    return bool(re.match(r'^(".*"|`.*`|\'.*\'|-?[0-9][0-9a-fA-FxXoObB_.eEpP+-]*|true|false) escapes to heap$', text))


class _Signals(QObject):
    done = Signal(object)


class _Job(QRunnable):
    """One analysis: the pool thread waits on the worker process, never the GUI thread."""

    def __init__(self, worker: Worker, text: str, generation: int, running: list[_Job],
                 inline: bool = False) -> None:
        super().__init__()
        self.worker, self.text, self.generation, self.inline = worker, text, generation, inline
        self.signals = _Signals()
        self.started: float | None = None
        self.running = running            # the view's record of the job in progress

    @Slot()
    def run(self) -> None:
        self.started = time.monotonic()
        self.running.append(self)
        try:
            res = self.worker.call(analyse_text, self.text, self.generation, self.inline)
            if res.runnable:
                res.diagram = diagram_of(res)
                if res.diagram is None:
                    res.no_diagram = NoDiagram.NOT_DRAWN
        except (TimeLimit, MemoryLimit) as exc:
            res = SandboxResult(self.generation, not_analysed=NotAnalysed.TIME if isinstance(exc, TimeLimit)
                                else NotAnalysed.MEMORY)
        except Exception as exc:  # noqa: BLE001 - reported in the view, never a traceback
            res = SandboxResult(self.generation, not_analysed=NotAnalysed.FAILED, error=str(exc))
        self.running.remove(self)
        self.signals.done.emit(res)


class SandboxView(QWidget):
    """Editor on the left, the compiler's verdicts on the right."""

    saveAsQuestion = Signal(str)
    compareRequested = Signal(str)

    def __init__(self, store_path: Path, lang_getter=lambda: "en",  # noqa: ANN001
                 parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.lang = lang_getter
        self.settings = settings
        self.generation = 0
        self.latest: SandboxResult | None = None
        self.diagram_source = ""           # the program whose diagram was last drawn
        self.kept_step = 0                 # and the step it was left at
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.worker = Worker()
        self.job: _Job | None = None       # the latest analysis asked for
        self.running: list[_Job] = []      # the one in progress (filled by the pool's thread)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(350)
        self.timer.timeout.connect(self.run_analysis)
        self.stale_timer = QTimer(self)       # clears the previous results while a slow analysis runs
        self.stale_timer.setSingleShot(True)
        self.stale_timer.setInterval(STALE_AFTER_MS)
        self.stale_timer.timeout.connect(self._show_busy)
        self.clock = QTimer(self)             # counts the seconds of a visible "Analysing…"
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.busy_since: float | None = None
        self.current_file: Path | None = None
        self._build()
        self.retranslate()
        self.editor.setPlainText(self._load_saved())
        self.editor.textChanged.connect(self._changed)
        self.run_analysis()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        bar = QHBoxLayout()
        self.open_btn = QPushButton()
        self.save_btn = QPushButton()
        self.compare_btn = QPushButton()
        self.question_btn = QPushButton()
        self.open_btn.clicked.connect(self.open_file)
        self.save_btn.clicked.connect(self.save_file)
        self.compare_btn.clicked.connect(lambda: self.compareRequested.emit(self.editor.toPlainText()))
        self.question_btn.clicked.connect(lambda: self.saveAsQuestion.emit(self.editor.toPlainText()))
        for b in (self.open_btn, self.save_btn, self.compare_btn, self.question_btn):
            bar.addWidget(b)
        self.inline_box = QCheckBox()
        on = self.settings.value("sandbox/inlining", False, type=bool) if self.settings else False
        self.inline_box.setChecked(bool(on))
        self.inline_box.toggled.connect(self._build_changed)
        bar.addWidget(self.inline_box)
        bar.addStretch(1)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)          # an indeterminate "working" bar
        self.busy_bar.setFixedWidth(90)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        bar.addWidget(self.busy_bar)
        self.status = QLabel()
        self.status.setObjectName("muted")
        bar.addWidget(self.status)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.editor = CodeView(editable=True)
        split.addWidget(self.editor)
        right = QSplitter(Qt.Orientation.Vertical)
        self.diag_list = QListWidget()
        self.diag_list.itemActivated.connect(self._jump)
        self.diag_list.itemClicked.connect(self._jump)
        self.output = ProseView()
        from .diagram_view import DiagramWidget
        self.diagram = DiagramWidget()
        self.diagram.lineChanged.connect(
            lambda line: self.editor.highlight_line(line) if self.tabs.currentWidget() is self.diagram
            else None)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.output, "")
        self.tabs.addTab(self.diagram, "")
        self.tabs.currentChanged.connect(     # the diagram's step line shows as soon as its tab does
            lambda _i: self.editor.highlight_line(
                self.diagram.current_line() if self.tabs.currentWidget() is self.diagram else 0))
        right.addWidget(self.diag_list)
        right.addWidget(self.tabs)
        right.setSizes([140, 560])
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)

    def retranslate(self) -> None:
        self.open_btn.setText(self.tr("Open…"))
        self.save_btn.setText(self.tr("Save…"))
        self.compare_btn.setText(self.tr("Compare with the real compiler"))
        self.question_btn.setText(self.tr("Save as question"))
        self.inline_box.setText(self.tr("Inlining on (default build)"))
        self.inline_box.setToolTip(self.tr(
            "Off: go build -gcflags='-m -l', what articles show. On: go build -gcflags=-m, the "
            "everyday build, where small functions are inlined into their callers."))
        self.diag_list.setAccessibleName(self.tr("Diagnostics"))
        self.editor.setAccessibleName(self.tr("Go program"))
        self.tabs.setTabText(0, self.tr("Compiler output"))
        self.tabs.setAccessibleName(self.tr("Compiler output and memory diagram"))
        self.output.setAccessibleName(self.tr("Compiler output"))
        self.tabs.setTabText(1, self.tr("Memory diagram"))
        self.diagram.retranslate()
        self._render()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_compare_available(self, available: bool) -> None:
        self.compare_btn.setVisible(available)

    @property
    def inlining(self) -> bool:
        """The build the sandbox shows: True for the default build (inlining on)."""
        return self.inline_box.isChecked()

    def _build_changed(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.setValue("sandbox/inlining", on)
        self.generation += 1          # the other build's result, never the previous one's
        self.latest = None
        self._render()
        self.run_analysis()

    # ------------------------------------------------------------ analysis
    def _changed(self) -> None:
        self.generation += 1
        self.timer.start()
        self._save_draft()

    def run_analysis(self) -> None:
        self.pool.clear()                 # analyses of older texts still queued: not worth running
        for running in list(self.running):
            if running.started is not None and time.monotonic() - running.started > CANCEL_AFTER:
                self.worker.cancel()      # a slow analysis of an older text: not worth waiting for
        job = _Job(self.worker, self.editor.toPlainText(), self.generation, self.running, self.inlining)
        job.signals.done.connect(self._done)
        self.job = job
        self.pool.start(job)
        if self.busy_since is None:
            self.stale_timer.start()

    def _show_busy(self) -> None:
        """The results on screen are not the current text's: clear them and say it is analysing."""
        if self.latest is not None and self.latest.generation == self.generation:
            return
        self.latest = None
        self.busy_since = time.monotonic()
        self.clock.start()
        self.editor.gutter_marks = {}
        self.editor.set_marks([])
        self.diag_list.clear()
        self._keep_step()
        self.diagram.set_model(None, None, self.tr("Analysing…"))
        busy = html.escape(self.tr("Analysing the program…"))
        self.output.set_prose(f"<p>{busy}</p>")
        self.busy_bar.show()
        self._tick()

    def _keep_step(self) -> None:
        if self.diagram.model is not None:
            self.kept_step = self.diagram.index

    def _tick(self) -> None:
        if self.busy_since is None:
            self.clock.stop()
            return
        seconds = int(time.monotonic() - self.busy_since)
        self.status.setText(self.tr("Analysing…") if seconds < 2 else
                            self.tr("Analysing… {n} s").format(n=seconds))

    def shut_down(self) -> None:
        """Stop analysing (the app is closing): cancel a running job and end the worker."""
        self.timer.stop()
        self.stale_timer.stop()
        self.clock.stop()
        self.pool.clear()
        self.worker.close()
        self.pool.waitForDone(5000)

    def _done(self, res: SandboxResult) -> None:
        if res.generation != self.generation:
            return   # the text changed since; a newer analysis is coming
        self.stale_timer.stop()
        self.clock.stop()
        self.busy_since = None
        self.busy_bar.hide()
        self.latest = res
        self._render()

    def _render(self) -> None:
        res = self.latest
        if res is None:
            if self.busy_since is not None:
                self.diagram.set_model(None, None, self.tr("Analysing…"))
                busy = html.escape(self.tr("Analysing the program…"))
                self.output.set_prose(f"<p>{busy}</p>")
                self._tick()
            else:
                self.status.setText(self.tr("Analysing…"))
            return
        self.editor.set_marks(res.marks)
        self.editor.gutter_marks = {m.line: m.kind for m in res.marks}
        self.diag_list.clear()
        if res.not_analysed is not None:
            self._render_not_analysed(res)
            return
        errors = [(ln, col, text) for ln, col, k, text in res.items if k == "error"]
        unsupported = [(ln, col, text) for ln, col, k, text in res.items if k == "unsupported"]
        self._keep_step()
        step = self.kept_step if same_program(self.diagram_source, res.source) else 0
        if res.diagram is not None:
            self.diagram_source = res.source
        message = ""
        if res.diagram is None:      # never the previous program's diagram
            message = (self.tr("No diagram: the code does not compile.") if errors else
                       self.tr("No diagram: some constructs are not supported.") if unsupported else
                       self.tr("No diagram: the program is longer than {n} lines; the diagram draws "
                               "short programs.").format(n=f"{DIAGRAM_MAX_LINES:,}")
                       if res.no_diagram is NoDiagram.TOO_LONG else
                       self.tr("No diagram: there is nothing to draw.") if not res.source_lines and not res.items
                       else self.tr("No diagram for this program."))
        self.diagram.canvas.lang = self.lang()      # its notes in the language of the moment
        self.diagram.program = self.current_file.name if self.current_file else "main.go"
        self.diagram.set_model(res.diagram, step, message, build="-m" if res.inline else "-l")
        helps = {h.kind: h for h in HELP}
        lang = self.lang()
        for line, col, kind, text in res.items:
            icon = {"heap": "▲", "stack": "▼", "error": "✘", "warning": "⚠", "unsupported": "?"}.get(kind, "•")
            shown = self.unsupported_text(text) if kind == "unsupported" else self.inlined_text(text)
            item = QListWidgetItem(f"{icon} {line}:{col}  {shown}")
            h = helps.get(res.helps.get((line, col), ""))
            if h is not None:
                item.setToolTip(f"{text}\n\n{h.text(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, (line, col))
            self.diag_list.addItem(item)
        for n in res.build_notes:     # the other build, even where gc prints no line
            item = QListWidgetItem(f"≠ {n.line}:{n.col}  " + self.tr(
                "{name}: decided otherwise in the other build (see Compiler output)").format(name=n.name))
            item.setToolTip(self._note_text(n))
            item.setData(Qt.ItemDataRole.UserRole, (n.line, n.col))
            self.diag_list.addItem(item)
        if res.helps:   # gc's English, and beside it what it means in the learner's language
            marks = []
            for m in res.marks:
                h = helps.get(res.helps.get((m.line, m.col), ""))
                if h is not None and m.kind in ("error", "warning"):
                    m = replace(m, tooltip=f"{m.tooltip}\n\n{h.text(lang)}")
                marks.append(m)
            self.editor.set_marks(marks)
        notes = []
        if res.wrapped:
            notes.append(self.tr("Your fragment was wrapped in package main and func main for analysis."))
        self.status.setToolTip("")
        if any(k == "warning" for _, _, k, _ in res.items):
            notes.append(self.tr("Unused variables and imports are shown as warnings while you write "
                                 "a fragment: go build refuses them."))
        if errors:
            self.status.setText(self.tr("The code does not compile yet"))
        elif unsupported:
            self.status.setText(self.tr("Not judged: some constructs are not supported"))
        else:
            heap = sum(1 for _, _, k, _ in res.items if k == "heap")   # as gc counts: the list's ▲ rows
            self.status.setText(self.tr("1 heap site (compiler)") if heap == 1 else
                                self.tr("{n} heap sites (compiler)").format(n=heap))
            self.status.setToolTip(self.tr(
                "Allocations the compiler puts on the heap (what -m reports as escaping or moved to heap). "
                "The memory diagram draws what the running program holds, so it can show heap boxes "
                "the compiler does not report as sites."))
        pal = theme.code_palette()
        here = f"./{self.current_file.name}:" if self.current_file else "./main.go:"   # as go build names it
        if res.errors:
            explained = []
            for ln in (here + e.removeprefix("./main.go:") if e.startswith("./main.go:") else e for e in res.errors):
                explained.append(f"<pre style='color:{pal['error']};margin:0;white-space:pre-wrap'>"
                                 f"{html.escape(ln)}</pre>")
                h = help_for(ln.split(": ", 1)[-1]) if not ln.startswith("\t") else None
                if h is not None:
                    explained.append(f"<p style='color:{pal['muted']};margin:2px 0 8px 16px'>"
                                     f"{html.escape(h.text(lang))}</p>")
            heading = html.escape(self.tr("What go build says"))
            self.output.set_prose("".join(f"<p style='color:{pal['muted']}'>{html.escape(n)}</p>"
                                        for n in notes) + f"<h3>{heading}</h3>" + "".join(explained))
            return
        if errors:
            out = html.escape(self.tr("(nothing: the code does not compile; see the list above)"))
        elif unsupported:
            what = "; ".join(f"{ln}:{col} {self.unsupported_text(t)}" for ln, col, t in unsupported)
            out = html.escape("\n".join(here + ln for ln in res.lines))
            out += ("\n" if out else "") + html.escape(self.tr(
                "(not shown: what depends on {what}; the analyzer does not judge it, so it prints "
                "nothing for it rather than guess)").format(what=what))
        else:
            out = html.escape("\n".join(here + ln for ln in res.lines)) or html.escape(
                self.tr("(no lines: nothing escapes and nothing is moved to the heap)"))
        constants = [t for _, _, k, t in res.items if k == "heap" and _constant_box(t)]
        if constants and not errors:
            notes.append(self.tr("A constant boxed in an interface is reported as escaping (and counted above, "
                                 "as the compiler reports it), but needs no allocation at run time: Go uses a "
                                 "read-only copy."))
        heading = html.escape(self.tr("go build -gcflags=-m (inlining on)") if res.inline else
                              self.tr("go build -gcflags='-m -l'"))
        differ = ""
        if res.build_notes and not errors and not unsupported:
            title = html.escape(self.tr("Where a default build differs") if not res.inline else
                                self.tr("Where -l (inlining off) differs"))
            differ = f"<h3>{title}</h3>" + "".join(
                f"<p>{n.line}:{n.col} <b>{html.escape(n.name)}</b>: {html.escape(self._note_text(n))}</p>"
                for n in res.build_notes)
        self.output.set_prose("".join(f"<p style='color:{pal['muted']}'>{html.escape(n)}</p>" for n in notes)
                            + f"<h3>{heading}</h3><pre>{out}</pre>" + differ)

    def _note_text(self, n: BuildNote) -> str:
        return n.text["zh" if self.lang().startswith("zh") else "en"]

    def _render_not_analysed(self, res: SandboxResult) -> None:
        """No verdict: say why, and claim nothing about the code (no counts, no "nothing escapes")."""
        reason = {
            NotAnalysed.TOO_LONG: self.tr("The program has more than {n} lines; the sandbox does not analyse "
                                          "programs this long. Run quizapp analyze on the file instead.")
            .format(n=f"{MAX_LINES:,}"),
            NotAnalysed.TIME: self.tr("The analysis was stopped: it ran for more than {n} s. Try a shorter "
                                      "program, or quizapp analyze on the file.")
            .format(n=f"{self.worker.limits.seconds:g}"),
            NotAnalysed.MEMORY: self.tr("The analysis was stopped: it needed more memory than it may use. Try "
                                        "a shorter program."),
            NotAnalysed.FAILED: self.tr("The analysis failed: {detail}").format(detail=res.error),
        }[res.not_analysed]
        title = self.tr("Not analysed")
        self.status.setText(title)
        self.diagram.set_model(None, None, self.tr("No diagram: the program was not analysed."))
        self.output.set_prose(f"<p><b>{html.escape(title)}</b></p><p>{html.escape(reason)}</p>")

    def inlined_text(self, text: str) -> str:
        """A site's line with the worker's "(F, inlined)" in the interface language (gc's
        own words before it stay as gc prints them)."""
        m = re.fullmatch(r"(.*)  \((.+), inlined\)", text, re.S)
        if m is None:
            return text
        return m.group(1) + "  " + self.tr("({f}, inlined)").format(f=m.group(2))

    def unsupported_text(self, text: str) -> str:
        """An analyzer's "unsupported: WHAT" in the interface language."""
        what = text.removeprefix("unsupported: ")
        fixed = {"methods of generic types": self.tr("methods of generic types"),
                 "generic types": self.tr("generic types"),
                 "interface method expressions": self.tr("interface method expressions"),
                 "methods of type parameters": self.tr("methods of type parameters"),
                 "conversions to generic types": self.tr("conversions to generic types")}
        shown = fixed.get(what)
        for pattern, template in ((r"^package (\S+) \(no data for it\)$", self.tr("package {0}: no data for it")),
                                  (r"^statement (.+)$", self.tr("statement {0}")),
                                  (r"^expression (.+)$", self.tr("expression {0}")),
                                  (r"^built-in (.+)$", self.tr("built-in {0}")),
                                  (r"^type syntax (.+)$", self.tr("type syntax {0}"))):
            m = re.match(pattern, what)
            if shown is None and m:
                shown = template.format(m.group(1))
        return self.tr("unsupported: {what}").format(what=shown or what)

    def refresh_theme(self) -> None:
        self._render()

    def _jump(self, item: QListWidgetItem) -> None:
        line, col = item.data(Qt.ItemDataRole.UserRole)
        self.editor.go_to(line, col)

    # ------------------------------------------------------------ files
    def _load_saved(self) -> str:
        try:
            return read_bounded(self.store_path, MAX_SOURCE_BYTES).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return EXAMPLE

    def _save_draft(self) -> None:
        try:
            self.store_path.parent.mkdir(parents=True, exist_ok=True)
            self.store_path.write_text(self.editor.toPlainText(), encoding="utf-8")
        except OSError:
            pass

    def set_text(self, text: str) -> None:
        """A new program in place of the old one: the old one's results go at once."""
        self.editor.setPlainText(text)
        self._show_busy()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a Go file"), "",
                                              self.tr("Go files (*.go);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            text = read_bounded(path, MAX_SOURCE_BYTES).decode("utf-8")
        except UnicodeDecodeError:
            QMessageBox.warning(self, self.tr("Cannot open"), self.tr("{path} is not UTF-8 text.").format(path=path))
            return False
        except TooLarge:
            QMessageBox.warning(self, self.tr("Cannot open"), self.tr("{path}: the file is larger than 4 MB.")
                                .format(path=path))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), f"{path}: {exc.strerror or exc}")
            return False
        self.current_file = path
        self.set_text(text)
        return True

    def save_file(self) -> None:
        path = ask_save_path(self, self.tr("Save the Go file"), str(self.current_file or "main.go"),
                             self.tr("Go files (*.go)"), DOCUMENTS)     # an opened file: where it is
        if path is not None:
            try:
                path.write_text(self.editor.toPlainText(), encoding="utf-8")
                self.current_file = path
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Cannot save"), f"{path}: {exc.strerror}")


EXAMPLE = """package main

import "fmt"

type User struct{ name string }

func newUser(name string) *User {
	u := User{name: name}
	return &u
}

func main() {
	n := 4
	u := newUser("gopher")
	fmt.Println(n, u.name)
}
"""
