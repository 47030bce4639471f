"""The program's standard output and standard error, kept whole and optionally passed on.

A trace records output as offsets into these buffers; ``quizapp run``
also passes every write straight to its own streams (``sink``), so a long
program shows its output as it goes.
"""

from __future__ import annotations

from typing import Any


class Output:
    """Both output streams of one run."""

    def __init__(self, stdout_sink: Any = None, stderr_sink: Any = None) -> None:
        self.stdout = bytearray()
        self.stderr = bytearray()
        self.out_sink = stdout_sink
        self.err_sink = stderr_sink

    def write_out(self, b: bytes) -> None:
        self.stdout += b
        if self.out_sink is not None:
            self.out_sink.write(b)
            self.out_sink.flush()      # Go's writes are unbuffered: keep both streams in order

    def write_err(self, b: bytes) -> None:
        self.stderr += b
        if self.err_sink is not None:
            self.err_sink.write(b)
            self.err_sink.flush()

    def flush(self) -> None:
        for s in (self.out_sink, self.err_sink):
            if s is not None:
                s.flush()
