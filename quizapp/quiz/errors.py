"""What can go wrong with a pack, said so that an instructor can fix it."""

from __future__ import annotations

from dataclasses import dataclass


class QuizError(Exception):
    """Base class of the quiz package's errors."""


class PackProblems(QuizError):
    """A pack that cannot be installed because validation found problems in it."""


@dataclass(frozen=True)
class PackProblem:
    """One fault in a pack: the file, and where known the line, question and field."""

    file: str
    message: str
    line: int | None = None
    question: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        parts = [where]
        if self.question:
            parts.append(f"question {self.question}")
        if self.field:
            parts.append(self.field)
        return ": ".join(parts) + f": {self.message}"
