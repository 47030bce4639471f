"""Questions' code analysed off the GUI thread.

A 50,000-line question takes seconds to analyse: the question view shows
"Analysing the code…" while a worker thread fills the answers' cache
(``quiz.answers.analysis_of``, in the question's build), then re-renders;
the same thread then runs the program once for the feedback's run-time
notes (``quiz.runfacts``), so answering never waits for the interpreter.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ..quiz.answers import analysis_of
from ..quiz.runfacts import run_facts


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
            a = None
            try:
                a = analysis_of(code, inline)
            except Exception:  # noqa: BLE001 - cached as the question's error, shown in the question
                pass
            self.ready.emit(code)
            if a is not None and not inline:
                try:
                    run_facts(code, a)   # the run-time notes the feedback shows, ready by then
                except Exception:  # noqa: BLE001 - the feedback runs it again and reports
                    pass

        threading.Thread(target=work, name="question-analysis", daemon=True).start()
