"""Running the analysis on a thread with a deep stack, reused from one analysis to the next.

The stages recurse once per nesting level of the source, and thousands of
else-ifs, summed terms or nested func literals are valid Go: the main
thread's stack is too small for them. Starting a thread with a large stack
for every call costs about a tenth of a millisecond, as much as a twentieth
of a small program's whole analysis, so idle threads wait for the next call.
A thread whose call ran long may have touched much of its stack, and the
pages it touched stay committed while it lives: it ends instead of waiting.
"""

from __future__ import annotations

import gc
import queue
import sys
import threading
import time
from typing import Any, Callable, TypeVar

DEEP_STACK_BYTES = 256 * 1024 * 1024
"""Each analysis thread's stack. Only the pages actually touched are ever committed."""
DEEP_RECURSION_LIMIT = 200_000
"""Python frames allowed on that stack; deeper still, the analysis says unsupported."""
KEEP_AFTER_SECONDS = 0.05
"""A thread whose call took longer ends: a call this short cannot have touched more than a
few megabytes of stack."""
MAX_IDLE = 4
"""Threads kept waiting (the app analyses in a few threads at most at once)."""

R = TypeVar("R")
_Job = tuple[Callable[..., Any], tuple[object, ...]]


class _Runner:
    """One deep-stack thread: it runs the calls handed to it, one at a time, until told to end."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.results: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
        thread = threading.Thread(target=self._serve, name="analysis", daemon=True)
        with _state_lock:     # the stack size is process-wide: set it for this thread only
            old = threading.stack_size(DEEP_STACK_BYTES)
            try:
                thread.start()
            finally:
                threading.stack_size(old)

    def _serve(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            fn, args = job
            try:
                out: tuple[bool, Any] = (True, fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                out = (False, exc)
            self.results.put(out)
            del job, fn, args, out      # nothing of the call outlives it here

    def call(self, fn: Callable[..., R], args: tuple[object, ...]) -> tuple[bool, Any]:
        self.jobs.put((fn, args))
        return self.results.get()

    def end(self) -> None:
        self.jobs.put(None)


_state_lock = threading.Lock()
_idle: list[_Runner] = []
_deep_calls = 0
_saved_limit = 0
_collector_was_on = True


def on_deep_stack(fn: Callable[..., R], *args: object) -> R:
    """``fn(*args)`` on a thread with a deep stack, a high recursion limit and the cycle collector paused.

    The analysis builds millions of small objects that live until it ends:
    Python's cycle collector would walk them again and again (a 50,000-line
    file spent half its time there). The limit and the collector are
    process-wide, so they are changed while any such call runs and put back
    when the last one ends; reference counting still frees what is dropped.
    The threads are daemons, so a program that is quitting never waits for them.
    """
    global _deep_calls, _saved_limit, _collector_was_on
    with _state_lock:
        if _deep_calls == 0:
            _saved_limit = sys.getrecursionlimit()
            sys.setrecursionlimit(max(_saved_limit, DEEP_RECURSION_LIMIT))
            _collector_was_on = gc.isenabled()
            gc.disable()
        _deep_calls += 1
        runner = _idle.pop() if _idle else None
    started = time.monotonic()
    try:
        if runner is None:
            runner = _Runner()
        ok, value = runner.call(fn, args)
    finally:
        with _state_lock:
            _deep_calls -= 1
            if _deep_calls == 0:
                sys.setrecursionlimit(_saved_limit)
                if _collector_was_on:
                    gc.enable()
            if runner is not None:
                if time.monotonic() - started <= KEEP_AFTER_SECONDS and len(_idle) < MAX_IDLE:
                    _idle.append(runner)
                else:
                    runner.end()
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]
