"""Marks on code: the spans the code view decorates (plain data, no Qt, so workers can make them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mark:
    """A span of code to decorate: a site to answer, or a diagnostic."""

    line: int          # 1-based
    col: int           # 1-based byte column (ASCII code: same as characters)
    length: int
    key: str = ""
    tooltip: str = ""
    kind: str = "site"  # site, selected, heap, stack, right, wrong, error, warning, unsupported, info
    end: tuple[int, int] | None = None   # (line, col) just past the span; None: ``length`` on one line

    def contains(self, line: int, col: int) -> bool:
        if self.end is None:
            return self.line == line and self.col <= col < self.col + max(self.length, 1)
        return (self.line, self.col) <= (line, col) < self.end
