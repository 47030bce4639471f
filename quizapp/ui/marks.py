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
    kind: str = "site"  # site, selected, heap, stack, right, wrong, error, unsupported, info
