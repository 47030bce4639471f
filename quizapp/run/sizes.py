"""The allocator's size classes: how many bytes a fresh backing array really gets.

A slice grown by ``append`` gets the capacity that fills its size class;
the classes come from ``data/sizeclasses.json``, observed from go1.27.3 by
``scripts/gen_sizeclasses.py``.
"""

from __future__ import annotations

import bisect
import json
from functools import lru_cache
from importlib import resources
from typing import Any


class SizeClasses:
    """``roundupsize`` of the runtime's msize.go, from the observed classes."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[int] = list(data["classes"])
        self.small_max: int = data["small_max"]
        self.page: int = data["page"]
        self.header: int = data["header"]
        self.header_from: int = data["header_from"]

    def roundupsize(self, size: int, noscan: bool) -> int:
        """The bytes an allocation of ``size`` bytes gets (minus a malloc header if any)."""
        if size == 0:
            return 0
        req = size
        if not noscan and size >= self.header_from:
            req += self.header
        if req <= self.small_max:
            i = bisect.bisect_left(self.classes, req)
            return self.classes[i] - (req - size)
        return (size + self.page - 1) // self.page * self.page


@lru_cache(maxsize=1)
def size_classes() -> SizeClasses:
    text = resources.files("quizapp.run").joinpath("data/sizeclasses.json").read_text("utf-8")
    return SizeClasses(json.loads(text))
