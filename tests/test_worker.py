"""quizapp.worker: a job finishes, or the caller is told which limit stopped it; nothing hangs.

The jobs below run in the child process (they are pickled by name, so they
live at module level here).
"""

from __future__ import annotations

import threading
import time

import pytest

from quizapp.worker import (Cancelled, JobFailed, Limits, MemoryLimit, TimeLimit, Worker, WorkerDied,
                            size_text)


def add(a: int, b: int) -> int:
    return a + b


def spin() -> None:
    while True:
        pass


def hog() -> None:
    keep = []
    while True:
        keep.append(bytearray(50_000_000))


def fail() -> None:
    raise ValueError("bad input")


def die() -> None:
    import os
    os._exit(9)


def pid() -> int:
    import os
    return os.getpid()


SMALL = Limits(seconds=30, memory=400 * 1024 ** 2)
QUICK = Limits(seconds=2, memory=400 * 1024 ** 2)


def test_jobs_run_in_one_child_that_is_reused() -> None:
    with Worker(SMALL) as w:
        assert w.call(add, 2, 3) == 5
        first = w.call(pid)
        assert w.call(pid) == first
        import os
        assert first != os.getpid()


@pytest.mark.parametrize("job, limits, error, words", [
    (spin, QUICK, TimeLimit, "stopped after 2 s"),
    (hog, SMALL, MemoryLimit, "needed more than 400 MB of memory"),
    (fail, SMALL, JobFailed, "ValueError: bad input"),
    (die, SMALL, WorkerDied, "exit status 9"),
])
def test_each_way_a_job_can_end_is_named(job, limits: Limits, error, words: str) -> None:  # noqa: ANN001
    with Worker(limits) as w:
        with pytest.raises(error, match=words):
            w.call(job)
        assert w.call(add, 1, 1) == 2           # and the worker carries on


def test_a_job_can_be_cancelled_from_another_thread() -> None:
    w = Worker(Limits(seconds=60))
    threading.Timer(0.5, w.cancel).start()
    t = time.monotonic()
    with pytest.raises(Cancelled):
        w.call(spin)
    assert time.monotonic() - t < 30            # far from the 60 s limit: cancelled, not timed out
    assert w.call(add, 2, 2) == 4
    w.close()


def test_close_stops_a_running_job() -> None:
    w = Worker(Limits(seconds=60))
    done: list[BaseException] = []

    def run() -> None:
        try:
            w.call(spin)
        except Exception as exc:  # noqa: BLE001 - recorded for the assertion
            done.append(exc)
    th = threading.Thread(target=run)
    th.start()
    time.sleep(0.5)
    w.close()
    th.join(30)
    assert not th.is_alive() and isinstance(done[0], Cancelled)


def test_sizes_read_well() -> None:
    assert Limits().describe() == "60 s and 2 GB"
    assert size_text(400 * 1024 ** 2) == "400 MB"
