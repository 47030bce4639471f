"""The program's standard output and standard error, kept whole and optionally passed on.

A trace records output as offsets into these buffers; ``quizapp run``
also passes every write straight to its own streams (``sink``), so a long
program shows its output as it goes.
"""

from __future__ import annotations

from typing import Any

from .errors import GoExit

SIGPIPE_STATUS = 128 + 13
"""What a shell reports for a Go program killed by SIGPIPE (its reader went away)."""


class Output:
    """Both output streams of one run."""

    def __init__(self, stdout_sink: Any = None, stderr_sink: Any = None) -> None:
        self.stdout = bytearray()
        self.stderr = bytearray()
        self.out_sink = stdout_sink
        self.err_sink = stderr_sink
        self.broken_pipe = False

    def write_out(self, b: bytes) -> None:
        self.stdout += b
        if self.out_sink is not None:
            self._pass_on(self.out_sink, b)

    def write_err(self, b: bytes) -> None:
        self.stderr += b
        if self.err_sink is not None:
            self._pass_on(self.err_sink, b)

    def _pass_on(self, sink: Any, b: bytes) -> None:
        try:
            sink.write(b)
            sink.flush()      # Go's writes are unbuffered: keep both streams in order
        except BrokenPipeError:
            # a Go program writing to a closed pipe on fd 1 or 2 dies of SIGPIPE, silently
            self.out_sink = self.err_sink = None
            self.broken_pipe = True
            raise GoExit(SIGPIPE_STATUS) from None

    def flush(self) -> None:
        for s in (self.out_sink, self.err_sink):
            if s is not None:
                try:
                    s.flush()
                except BrokenPipeError:
                    pass
