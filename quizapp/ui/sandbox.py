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
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QEvent, QObject, QRunnable, QSettings, Qt, QThreadPool,
                            QTimer, Signal, Slot)
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QSplitter, QTabWidget, QTextBrowser,
                               QVBoxLayout, QWidget)

from ..analysis.api import MAX_SOURCE_BYTES
from ..files import TooLarge, read_bounded
from ..worker import Worker, WorkerError
from . import theme
from .codeview import CodeView
from .sandbox_analysis import MAX_LINES, SandboxResult, analyse_text, prepare

__all__ = ["SandboxView", "SandboxResult", "analyse_text", "prepare", "MAX_LINES", "EXAMPLE"]
CANCEL_AFTER = 1.0
"""An analysis still running this many seconds after the text changed is cancelled."""


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
        except WorkerError as exc:
            res = SandboxResult(self.generation, error=QCoreApplication.translate(
                "SandboxView", "The analysis was stopped: {reason}.").format(reason=exc))
        except Exception as exc:  # noqa: BLE001 - reported in the view, never a traceback
            res = SandboxResult(self.generation, error=f"internal error: {exc}")
        self.running.remove(self)
        self.signals.done.emit(res)


class SandboxView(QWidget):
    """Editor on the left, the compiler's verdicts on the right."""

    saveAsQuestion = Signal(str)
    compareRequested = Signal(str)

    def __init__(self, store_path: Path, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.settings = settings
        self.generation = 0
        self.latest: SandboxResult | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.worker = Worker()
        self.job: _Job | None = None       # the latest analysis asked for
        self.running: list[_Job] = []      # the one in progress (filled by the pool's thread)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(350)
        self.timer.timeout.connect(self.run_analysis)
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
        self.output = QTextBrowser()
        from .diagram_view import DiagramWidget
        self.diagram = DiagramWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.output, "")
        self.tabs.addTab(self.diagram, "")
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

    def shut_down(self) -> None:
        """Stop analysing (the app is closing): cancel a running job and end the worker."""
        self.timer.stop()
        self.pool.clear()
        self.worker.close()
        self.pool.waitForDone(5000)

    def _done(self, res: SandboxResult) -> None:
        if res.generation != self.generation:
            return   # the text changed since; a newer analysis is coming
        self.latest = res
        self._render()

    def _render(self) -> None:
        res = self.latest
        if res is None:
            self.status.setText(self.tr("Analysing…"))
            return
        self.editor.set_marks(res.marks)
        errors = [(ln, col, text) for ln, col, k, text in res.items if k == "error"]
        unsupported = [(ln, col, text) for ln, col, k, text in res.items if k == "unsupported"]
        step = self.diagram.index if self.diagram.model is not None else None
        message = ""
        if res.diagram is None:      # never the previous program's diagram
            message = (self.tr("No diagram: the code does not compile.") if errors else
                       self.tr("No diagram: some constructs are not supported.") if unsupported else
                       self.tr("No diagram for this program."))
        self.diagram.set_model(res.diagram, step, message)
        self.editor.gutter_marks = {m.line: m.kind for m in res.marks}
        self.diag_list.clear()
        for line, col, kind, text in res.items:
            icon = {"heap": "▲", "stack": "▼", "error": "✘", "unsupported": "?"}.get(kind, "•")
            shown = self.unsupported_text(text) if kind == "unsupported" else text
            item = QListWidgetItem(f"{icon} {line}:{col}  {shown}")
            item.setData(Qt.ItemDataRole.UserRole, (line, col))
            self.diag_list.addItem(item)
        notes = []
        if res.wrapped:
            notes.append(self.tr("Your fragment was wrapped in package main and func main for analysis."))
        if res.error:
            notes.append(res.error)
        if errors:
            self.status.setText(self.tr("The code does not compile yet"))
        elif unsupported:
            self.status.setText(self.tr("Not judged: some constructs are not supported"))
        else:
            heap = sum(1 for _, _, k, text in res.items if k == "heap" and not _constant_box(text))
            self.status.setText(self.tr("1 heap allocation") if heap == 1 else
                                self.tr("{n} heap allocations").format(n=heap))
        pal = theme.code_palette()
        if errors:
            out = html.escape(self.tr("(nothing: the code does not compile; see the list above)"))
        elif unsupported:
            what = "; ".join(f"{ln}:{col} {self.unsupported_text(t)}" for ln, col, t in unsupported)
            out = html.escape("\n".join("./main.go:" + ln for ln in res.lines))
            out += ("\n" if out else "") + html.escape(self.tr(
                "(not shown: what depends on {what}; the analyzer does not judge it, so it prints "
                "nothing for it rather than guess)").format(what=what))
        else:
            out = html.escape("\n".join("./main.go:" + ln for ln in res.lines)) or html.escape(
                self.tr("(no lines: nothing escapes and nothing is moved to the heap)"))
        constants = [t for _, _, k, t in res.items if k == "heap" and _constant_box(t)]
        if constants and not errors:
            notes.append(self.tr("A constant boxed in an interface is reported as escaping, but needs no "
                                 "allocation at run time (Go uses a read-only copy): not counted above."))
        heading = html.escape(self.tr("go build -gcflags=-m (inlining on)") if res.inline else
                              self.tr("go build -gcflags=-m -l"))
        self.output.setHtml("".join(f"<p style='color:{pal['muted']}'>{html.escape(n)}</p>" for n in notes)
                            + f"<h3>{heading}</h3><pre>{out}</pre>")

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
        self.editor.setPlainText(text)

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
        self.editor.setPlainText(text)
        return True

    def save_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Go file"),
                                              str(self.current_file or "main.go"),
                                              self.tr("Go files (*.go)"))
        if path:
            try:
                Path(path).write_text(self.editor.toPlainText(), encoding="utf-8")
                self.current_file = Path(path)
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
