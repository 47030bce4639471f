"""Collecting errors as gc does, and handing back the ones it prints, in its order.

The checker reports errors as it finds them. gc then filters and orders
them (``base.ErrorfAt`` and ``FlushErrors``): a follow-on error that
mentions an "invalid operand" or "invalid type" is dropped once an error
has been reported; of several syntax errors on a line only the first
counts, and an error with the same text as the one before on the same line
is dropped; after ten errors gc stops ("too many errors" at the tenth);
what it prints is sorted by position, identical lines once.
"""

from __future__ import annotations

from ..errors import CompileError, Pos

MAX_ERRORS = 10


class ErrorList:
    """The errors of one file in the order found."""

    def __init__(self) -> None:
        self.found: list[CompileError] = []

    @classmethod
    def of(cls, errors: list[CompileError] | None) -> ErrorList:
        out = cls()
        out.found = list(errors or ())
        return out

    def report(self, pos: Pos, message: str, notes: tuple[str, ...] = ()) -> None:
        """An error as the type checker reports it (types2's ``error_.report``)."""
        i1, i2 = message.find("invalid operand"), message.find("invalid type")
        if i1 > 0 or i2 > 0:
            # after an error, gc drops these; before any, an invalid type comes from
            # what the checker does not know (a generic std type): no verdict to give
            return
        self.found.append(CompileError(pos, message, notes))

    def add(self, err: CompileError) -> None:
        """An error from another phase (syntax, branches), unfiltered."""
        self.found.append(err)

    def __bool__(self) -> bool:
        return bool(self.found)

    def printed(self) -> tuple[list[CompileError], Pos | None]:
        """What gc prints: the kept errors sorted, and where it gave up if it did."""
        kept: list[CompileError] = []
        last_syntax: int | None = None
        last_other: tuple[int, str] | None = None
        too_many: Pos | None = None
        for e in self.found:
            full = "\n".join((e.message, *e.notes))
            if e.message.startswith("syntax error"):
                if last_syntax == e.pos.line:
                    continue
                last_syntax = e.pos.line
            else:
                if last_other is not None and last_other == (e.pos.line, full):
                    continue
                last_other = (e.pos.line, full)
            kept.append(e)
            if len(kept) >= MAX_ERRORS:
                too_many = e.pos
                break
        kept.sort(key=lambda e: (e.pos.line, e.pos.col))
        out: list[CompileError] = []
        for e in kept:
            if out and out[-1] == e:
                continue
            out.append(e)
        return out, too_many
