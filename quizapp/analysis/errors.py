"""The analyzer's exceptions: one base class, each carrying a gc position."""

from __future__ import annotations

import re
from dataclasses import dataclass


LINE_MAX = (1 << 20) - 2
COL_MAX = (1 << 8) - 1


@dataclass(frozen=True, order=True)
class Pos:
    """A source position as gc prints it: 1-based line, 1-based byte column (a tab is one)."""

    line: int
    col: int

    def __str__(self) -> str:
        # gc packs a position into 32 bits: 8 for the column, whose largest value (and 0)
        # mean "unknown" and are not printed; a line past 20 bits sticks at the largest
        # and loses its column (cmd/internal/src's lico)
        if self.line >= LINE_MAX:
            return f"{LINE_MAX}"
        if 0 < self.col < COL_MAX:
            return f"{self.line}:{self.col}"
        return f"{self.line}"


NOPOS = Pos(0, 0)
"""No position: objects of other packages, generated code."""


def one_line(src: str, limit: int = 80) -> str:
    """Source text for a message: on one line (a literal's body as gc's ``{…}``), not too long."""
    if "\n" in src:
        src = re.sub(r"\{[^{}]*\n[^{}]*\}", "{…}", src)
        src = re.sub(r"\s*\n\s*", " ", src)
    return src if len(src) <= limit else src[:limit - 1] + "…"


class AnalysisError(Exception):
    """Something in the source stops the analysis; ``pos`` says where, ``message`` is one line."""

    def __init__(self, pos: Pos, message: str) -> None:
        if "\n" in message:
            message = re.sub(r"\s*\n\s*", " ", re.sub(r"\{[^{}]*\n[^{}]*\}", "{…}", message))
        super().__init__(f"{pos}: {message}")
        self.pos = pos
        self.message = message


class GoSyntaxError(AnalysisError):
    """The source is not valid Go syntax (gc would print ``syntax error: ...``)."""


class GoTypeError(AnalysisError):
    """The source parses but does not type-check (undefined names, mismatched types...)."""


class Unsupported(Exception):
    """A construct the analyzer cannot judge; raised while lowering, caught per function."""

    def __init__(self, pos: Pos, what: str) -> None:
        super().__init__(f"{pos}: unsupported: {what}")
        self.pos = pos
        self.what = what
