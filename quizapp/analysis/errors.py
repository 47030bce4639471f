"""The analyzer's exceptions: one base class, each carrying a gc position."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Pos:
    """A source position as gc prints it: 1-based line, 1-based byte column (a tab is one).

    ``file`` is empty for the analysed file; for standard-library source
    (generic code gc compiles in the user's package) it is the file's path
    under GOROOT/src, which gc's lines show as ``$GOROOT/src/FILE``."""

    line: int
    col: int
    file: str = ""

    def __str__(self) -> str:
        return f"{self.line}:{self.col}"

    def where(self, path: str) -> str:
        """``PATH:LINE:COL`` for the analysed file at ``path``, ``$GOROOT/src/FILE:LINE:COL`` else."""
        if not self.line:
            return "<unknown line number>"
        if self.file:
            return f"$GOROOT/src/{self.file}:{self.line}:{self.col}"
        return f"{path}:{self.line}:{self.col}"


NOPOS = Pos(0, 0)
"""No position: objects of other packages, generated code."""


class AnalysisError(Exception):
    """Something in the source stops the analysis; ``pos`` says where."""

    def __init__(self, pos: Pos, message: str) -> None:
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
