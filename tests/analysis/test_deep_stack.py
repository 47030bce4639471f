"""The analysis's deep-stack threads: reused between short calls, ended after long ones."""

from __future__ import annotations

import sys
import threading
import time

import pytest

from quizapp.analysis import analyze, api as deep_stack
from quizapp.analysis.api import on_deep_stack


def _thread() -> threading.Thread:
    return threading.current_thread()


def test_short_calls_share_one_thread_and_leave_the_process_as_it_was() -> None:
    limit = sys.getrecursionlimit()
    first = on_deep_stack(_thread)
    assert first is not threading.main_thread()
    assert on_deep_stack(_thread) is first and first.is_alive()
    assert sys.getrecursionlimit() == limit


def test_a_long_call_ends_its_thread() -> None:
    def slow() -> threading.Thread:
        time.sleep(deep_stack.KEEP_AFTER_SECONDS * 2)
        return threading.current_thread()
    t = on_deep_stack(slow)
    t.join(timeout=5)
    assert not t.is_alive()
    assert on_deep_stack(_thread) is not t


def test_errors_and_deep_recursion_reach_the_caller() -> None:
    def deep(n: int) -> int:
        return 0 if n == 0 else 1 + deep(n - 1)
    assert on_deep_stack(deep, 50_000) == 50_000
    with pytest.raises(ValueError, match="bad"):
        on_deep_stack(lambda: (_ for _ in ()).throw(ValueError("bad")))
    assert on_deep_stack(lambda: 7) == 7


def test_analyses_from_several_threads_at_once() -> None:
    src = "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n"
    out: list[list[str]] = []

    def one() -> None:
        out.append(analyze(src).diagnostics())
    threads = [threading.Thread(target=one) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(out) == 6 and all(d == out[0] for d in out) and any("moved to heap: x" in d for d in out[0])
    assert len(deep_stack._idle) <= deep_stack.MAX_IDLE
