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
is a new interpreter (``python -m quizapp.worker``) talking over two pipes:
never a ``fork`` of a process that runs Qt threads, and never a re-run of
the caller's main script, as ``multiprocessing``'s spawn would do. This
module imports nothing of the app, so any layer but ``analysis`` may use it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Callable

DEFAULT_SECONDS = 60.0
DEFAULT_MEMORY = 2 * 1024 ** 3
STARTUP_SECONDS = 120.0
"""How long a new worker may take to start Python (a loaded machine is slow); not the job's time."""


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


def _serve(inbox: Connection, outbox: Connection, memory: int) -> None:
    """The child: cap the address space, then run jobs until the pipe closes."""
    import resource
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):
        pass   # a lower hard limit is already in place
    outbox.send(("ready", None))
    while True:
        try:
            fn, args = inbox.recv()
        except (EOFError, OSError):
            return
        except Exception as exc:  # noqa: BLE001 - a job that cannot be unpickled here
            outbox.send(("error", RuntimeError(f"the job could not be read: {exc}")))
            continue
        try:
            reply: tuple[str, Any] = ("ok", fn(*args))
        except MemoryError:
            reply = ("memory", None)
        except BaseException as exc:  # noqa: BLE001 - handed to the parent
            reply = ("error", exc)
        try:
            outbox.send(reply)
        except MemoryError:
            outbox.send(("memory", None))
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or exception
            outbox.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))


class Worker:
    """A child process that runs jobs one at a time under ``limits``."""

    def __init__(self, limits: Limits = Limits()) -> None:
        self.limits = limits
        self._proc: subprocess.Popen[bytes] | None = None
        self._out: Connection | None = None     # to the child
        self._in: Connection | None = None      # from the child
        self._lock = threading.Lock()        # one job at a time
        self._state = threading.Lock()       # guards the process against cancel()
        self._cancelled = False

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _start(self) -> tuple[Connection, Connection]:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p and os.path.isdir(p))
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "quizapp.worker", str(to_child_r), str(from_child_w),
                 str(self.limits.memory)],
                pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, env=env)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        out, inp = Connection(to_child_w, readable=False), Connection(from_child_r, writable=False)
        with self._state:
            self._proc, self._out, self._in = proc, out, inp
        try:                       # the time limit is the job's: wait for the interpreter first
            ready = inp.poll(STARTUP_SECONDS) and inp.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            cancelled = self._cancelled
            self._stop()
            if cancelled:
                raise Cancelled("cancelled")
            raise WorkerDied("the worker process did not start")
        return out, inp

    def _stop(self) -> None:
        with self._state:
            proc, out, inp = self._proc, self._out, self._in
            self._proc = self._out = self._in = None
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                pass
        for conn in (out, inp):
            if conn is not None:
                conn.close()

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` in the child; raises ``WorkerError`` when it does not finish."""
        with self._lock:
            with self._state:
                self._cancelled = False
                alive = self._alive() and self._out is not None and self._in is not None
                out, inp = self._out, self._in
            if not alive or out is None or inp is None:
                out, inp = self._start()
            try:
                out.send((fn, args))
                ready = inp.poll(self.limits.seconds)
            except (OSError, EOFError, ValueError):
                ready = True                 # the child is gone: reported below
            if not ready:
                self._stop()
                raise TimeLimit(f"stopped after {self.limits.seconds:g} s")
            try:
                kind, value = inp.recv()
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
        try:
            return proc.wait(1)
        except subprocess.TimeoutExpired:
            return None

    def cancel(self) -> None:
        """Stop the job in progress, if any (from any thread); ``call`` raises ``Cancelled``."""
        with self._state:
            self._cancelled = True
            proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()

    def close(self) -> None:
        """End the child process (a job in progress is cancelled)."""
        self.cancel()
        self._stop()


def run(fn: Callable[..., Any], *args: Any, limits: Limits = Limits()) -> Any:
    """One job in a fresh worker (for a single call; reuse a ``Worker`` for many)."""
    with Worker(limits) as w:
        return w.call(fn, *args)


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False),
           int(sys.argv[3]))
