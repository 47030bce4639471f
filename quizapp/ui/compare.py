"""Compare with the real compiler: the analyzer's lines beside go build's, differences marked.

Shown only when a Go toolchain is found. The build runs off the GUI thread
in a locked-down throw-away module (``quizapp.gotool``); untrusted code is
checked first (no cgo, no imports outside the standard library).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser,
                               QVBoxLayout)

from .. import GO_VERSION
from ..gotool import ToolchainError, build_escape, find_go, go_version
from ..quiz.verify import UnsafeCode, check_safe
from . import theme


class _Done(QObject):
    finished = Signal(object, object, str)


class _Build(QRunnable):
    def __init__(self, source: str, go: str, inline: bool = False) -> None:
        super().__init__()
        self.source, self.go, self.inline = source, go, inline
        self.done = _Done()

    @Slot()
    def run(self) -> None:
        try:
            check_safe(self.source)
            version = go_version(self.go)
            res = build_escape(self.source, 1, go=self.go, timeout=60, inline=self.inline)
            self.done.finished.emit(res, None, version)
        except (UnsafeCode, ToolchainError, OSError) as exc:
            self.done.finished.emit(None, str(exc), "")


def available() -> str | None:
    return find_go()


class CompareDialog(QDialog):
    """The analyzer's lines beside the compiler's, for the code shown."""

    def __init__(self, ours: list[str], source: str, parent=None,  # noqa: ANN001
                 inline: bool = False, fragment: str | None = None) -> None:
        """``fragment``: the code as the learner wrote it, when ``source`` wraps it; both
        sides are then numbered as that code is (``ours`` already is)."""
        super().__init__(parent)
        self.inline = inline
        self.fragment = fragment
        self.setWindowTitle(self.tr("Compare with the real compiler"))
        self.resize(self._fitting(QSize(1100, 600)))
        self.ours = ours
        lay = QVBoxLayout(self)
        self.status = QLabel(self.tr("Building with the Go toolchain…"))
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.left = QTextBrowser()
        self.right = QTextBrowser()
        self.left.setAccessibleName(self.tr("The analyzer's lines"))
        self.right.setAccessibleName(self.tr("The compiler's lines"))
        row.addWidget(self.left)
        row.addWidget(self.right)
        lay.addLayout(row, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)   # Escape closes it too
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.close_box = close
        self._show(self.left, self.tr("This app (built-in analyzer)"), ours, set())
        go = available()
        if go is None:
            self.status.setText(self.tr("No Go toolchain was found."))
            return
        self.job = _Build(source, go, inline)
        self.job.done.finished.connect(self._finished)
        QThreadPool.globalInstance().start(self.job)

    def _fitting(self, wanted: QSize) -> QSize:
        """``wanted``, no larger than the window it opens over nor the screen it is on."""
        room = (self.screen() or QApplication.primaryScreen()).availableGeometry().size()
        parent = self.parentWidget()
        if parent is not None:
            room = room.boundedTo(parent.window().size())
        return wanted.boundedTo(room - QSize(24, 24))

    def _show(self, view: QTextBrowser, title: str, lines: list[str], differ: set[str]) -> None:
        pal = theme.code_palette()
        rows = []
        for ln in lines:
            text = html.escape(ln)
            if ln in differ:
                text = f"<span style='background:{pal['current_line']}'>≠ {text}</span>"
            rows.append(text)
        view.setHtml(f"<h3>{html.escape(title)}</h3><pre>{chr(10).join(rows)}</pre>")

    def _finished(self, res, error, version: str) -> None:  # noqa: ANN001
        if error:
            self.status.setText(self.tr("The build could not run: {error}").format(error=error))
            return
        lines = res.lines
        if self.fragment is not None:
            from .sandbox_analysis import fragment_lines
            lines = fragment_lines(lines, self.fragment)
        theirs = [ln for ln in lines if ln.startswith("./main.go:")]
        differ = set(theirs) ^ set(self.ours)
        notes = []
        if self.fragment is not None:
            notes.append(self.tr("Line numbers are those of your code: the package clause and func main "
                                 "the sandbox wraps it in are left out, and so are the lines about them."))
        if version != GO_VERSION:
            notes.append(self.tr("Warning: this toolchain is {v}; the app's answers are those of {go}.").format(
                v=version, go=GO_VERSION))
        if not res.ok:
            notes.append(self.tr("The compiler rejected the program."))
        notes.append(self.tr("The outputs are identical.") if not differ else
                     self.tr("{n} lines differ (marked ≠).").format(n=len(differ)))
        self.status.setText(" ".join(notes))
        self._show(self.left, self.tr("This app (built-in analyzer)"), self.ours, differ)
        title = (self.tr("go build -gcflags=-m ({v})") if self.inline else
                 self.tr("go build -gcflags='-m -l' ({v})")).format(v=version)
        self._show(self.right, title, lines, differ)
