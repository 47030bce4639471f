"""Running work on untrusted input in a child process with a time and a memory limit.

Pack code and sandbox text come from anyone. The analyzer is bounded on
every input we know of, but "we know of" is not a guarantee: analysis done
for ``pack validate``/``verify`` and for the sandbox runs here, in a child
process whose address space is capped (``RLIMIT_AS``) and which is killed
when it runs past its time. Whatever happens inside, the caller gets a
result or a ``WorkerError`` saying which limit was hit, and the app can
always quit: a job in progress is cancelled by killing its process.

One ``Worker`` keeps one child alive between jobs (starting Python and
importing the analyzer costs a few hundred milliseconds), runs one job at a
time, and starts a fresh child after a limit was hit. Jobs are module-level
functions (pickled by name) with picklable arguments and results. The child
is started with ``spawn``, never ``fork``: forking a process that runs Qt
threads is not safe. This module imports nothing of the app, so any layer
but ``analysis`` may use it.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Callable

DEFAULT_SECONDS = 60.0
DEFAULT_MEMORY = 2 * 1024 ** 3


@dataclass(frozen=True)
class Limits:
    """How long one job may run, and how much memory its process may map."""

    seconds: float = DEFAULT_SECONDS
    memory: int = DEFAULT_MEMORY

    def describe(self) -> str:
        return f"{self.seconds:g} s and {size_text(self.memory)}"


def size_text(n: int) -> str:
    """A memory size for people: ``2 GB``, ``500 MB``."""
    if n >= 1024 ** 3 and n % (1024 ** 3) == 0:
        return f"{n // 1024 ** 3} GB"
    return f"{n / 1024 ** 2:.0f} MB"


class WorkerError(Exception):
    """A job did not finish; the message says why, in words for the user."""


class TimeLimit(WorkerError):
    """The job ran past its time and was stopped."""


class MemoryLimit(WorkerError):
    """The job needed more memory than its limit."""


class Cancelled(WorkerError):
    """The job was cancelled (the app is closing, or newer work replaced it)."""


class WorkerDied(WorkerError):
    """The child process ended without an answer."""


class JobFailed(WorkerError):
    """The job raised an exception (``cause`` holds it, or its text)."""

    def __init__(self, message: str, cause: BaseException | None = None) -> None:
        super().__init__(message)
        self.cause = cause


def _serve(conn: Connection, memory: int) -> None:
    """The child: cap the address space, then run jobs until the pipe closes."""
    import resource
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):
        pass   # a lower hard limit is already in place
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", fn(*args))
        except MemoryError:
            reply = ("memory", None)
        except BaseException as exc:  # noqa: BLE001 - handed to the parent
            reply = ("error", exc)
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("memory", None))
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or exception
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))


class Worker:
    """A child process that runs jobs one at a time under ``limits``."""

    def __init__(self, limits: Limits = Limits()) -> None:
        self.limits = limits
        self._ctx = multiprocessing.get_context("spawn")
        self._proc: Any = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()        # one job at a time
        self._state = threading.Lock()       # guards _proc/_conn against cancel()
        self._cancelled = False

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> Connection:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_serve, args=(child, self.limits.memory),
                                 name="quizapp-worker", daemon=True)
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        return parent

    def _stop(self) -> None:
        with self._state:
            proc, conn = self._proc, self._conn
            self._proc = self._conn = None
        if proc is not None and proc.is_alive():
            proc.kill()
        if proc is not None:
            proc.join(5)
        if conn is not None:
            conn.close()

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` in the child; raises ``WorkerError`` when it does not finish."""
        with self._lock:
            with self._state:
                self._cancelled = False
                conn = self._conn if self._proc is not None and self._proc.is_alive() else None
                if conn is None:
                    conn = self._start()
            try:
                conn.send((fn, args))
                ready = conn.poll(self.limits.seconds)
            except (OSError, EOFError, ValueError):
                ready = True                 # cancelled while sending: reported below
            if not ready:
                self._stop()
                raise TimeLimit(f"stopped after {self.limits.seconds:g} s")
            try:
                kind, value = conn.recv()
            except (EOFError, OSError, ValueError):
                cancelled = self._cancelled
                code = self._exitcode()
                self._stop()
                if cancelled:
                    raise Cancelled("cancelled") from None
                raise WorkerDied(f"the worker process ended unexpectedly (exit status {code})") \
                    from None
            if kind == "ok":
                return value
            if kind == "memory":
                self._stop()                 # its heap may be fragmented: start afresh
                raise MemoryLimit(f"needed more than {size_text(self.limits.memory)} of memory")
            raise JobFailed(f"{type(value).__name__}: {value}", value)

    def _exitcode(self) -> int | None:
        proc = self._proc
        if proc is None:
            return None
        proc.join(1)
        return proc.exitcode

    def cancel(self) -> None:
        """Stop the job in progress, if any (from any thread); ``call`` raises ``Cancelled``."""
        with self._state:
            self._cancelled = True
            proc = self._proc
        if proc is not None and proc.is_alive():
            proc.kill()

    def close(self) -> None:
        """End the child process (a job in progress is cancelled)."""
        self.cancel()
        self._stop()


def run(fn: Callable[..., Any], *args: Any, limits: Limits = Limits()) -> Any:
    """One job in a fresh worker (for a single call; reuse a ``Worker`` for many)."""
    with Worker(limits) as w:
        return w.call(fn, *args)
