"""The interpreter's exceptions: what stops a run, and how Go's own exits travel.

``RunError`` is the base of everything a caller may see: ``CannotRun``
(something the interpreter will not reproduce exactly, with a position) and
``StepLimit`` (the step budget ran out). The others are control flow inside
a run: a Go panic unwinding frames, ``os.Exit``, and the end of the program
reaching goroutines that are still running.
"""

from __future__ import annotations

from typing import Any

from ..analysis.errors import Pos


class RunError(Exception):
    """The program could not be run to its end by the interpreter."""


class CannotRun(RunError):
    """A construct or value the interpreter cannot reproduce exactly: refused, never guessed."""

    def __init__(self, pos: Pos | None, what: str) -> None:
        super().__init__(f"cannot run: {what}" + (f" ({pos})" if pos else ""))
        self.pos = pos
        self.what = what

    def located(self, path: str) -> str:
        """``cannot run: WHAT (FILE:LINE:COL)``."""
        where = f" ({path}:{self.pos})" if self.pos is not None and self.pos.line else ""
        return f"cannot run: {self.what}{where}"


class StepLimit(RunError):
    """The step budget was exhausted before the program ended."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the program did not finish within {limit:,} steps")
        self.limit = limit


class GoPanic(Exception):
    """A Go panic unwinding the stack; ``value`` is the panic value (a runtime value)."""

    def __init__(self, value: Any, runtime_error: bool = False) -> None:
        super().__init__("panic")
        self.value = value
        self.runtime_error = runtime_error
        self.recovered = False
        self.prev: GoPanic | None = None   # a panic this one replaced while running defers
        self.traced = False                # its step is recorded (by the innermost frame)


class GoExit(BaseException):
    """``os.Exit(code)`` or a fatal error: the whole program stops, no deferred calls run."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Goexit(BaseException):
    """``runtime.Goexit``: this goroutine ends after running its deferred calls."""


class Killed(BaseException):
    """The program ended while this goroutine was still alive: unwind it without a trace."""


class StopRun(BaseException):
    """The caller has seen enough of this run (a trace replay reached its last wanted step)."""


class RuntimeErr:
    """The payload of a run-time error's value: its message and which runtime type it is."""

    __slots__ = ("msg", "kind")

    def __init__(self, msg: str, kind: str = "runtime.Error") -> None:
        self.msg = msg
        self.kind = kind

    def __repr__(self) -> str:
        return f"runtime error: {self.msg}"
