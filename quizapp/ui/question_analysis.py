"""Questions' code analysed off the GUI thread.

A 50,000-line question takes seconds to analyse: the question view shows
"Analysing the code…" while a worker thread fills the answers' cache
(``quiz.answers.analysis_of``, in the question's build), then re-renders.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..quiz.answers import analysis_of


class BackgroundAnalyses(QObject):
    """Analyses running on worker threads, one per code text; ``ready`` says when one ends."""

    ready = Signal(str)          # a question's code, analysed (or failed: the cache holds the error)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[str] = set()
        self.ready.connect(self._finished)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def _finished(self, code: str) -> None:
        self._running.discard(code)

    def start(self, code: str, inline: bool = False) -> None:
        """Analyse ``code`` in one build on a worker thread (once, however often asked)."""
        if code in self._running:
            return
        self._running.add(code)

        def work() -> None:
            try:
                analysis_of(code, inline)
            except Exception:  # noqa: BLE001 - cached as the question's error, shown in the question
                pass
            self.ready.emit(code)

        threading.Thread(target=work, name="question-analysis", daemon=True).start()
