"""The analyzer's exceptions: one base class, each carrying a gc position.

Invalid Go is reported as gc reports it: ``GoSyntaxError`` and
``GoTypeError`` carry the list of ``CompileError`` s the compiler would
print (the first is the primary one, also given as ``pos`` and
``message``), each rendered by ``CompileError.lines`` exactly as ``go
build`` prints it for a file at a given path.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Pos:
    """A source position as gc prints it: 1-based line, 1-based byte column (a tab is one)."""

    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.line}:{self.col}"


NOPOS = Pos(0, 0)
"""No position: objects of other packages, generated code."""

FILE = "\x00file\x00"
"""Stands for the file's path inside a message (``already declared at FILE:5:10``)."""

FILE_BASE = "\x00base\x00"
"""Stands for the file's base name (the go command's parser prints ``main.go:4:11``)."""

@dataclass(frozen=True)
class CompileError:
    """One error as gc prints it: a position, the message, and its continuation lines.

    ``notes`` are the lines gc prints under the message (``\\thave (int)``,
    ``\\tFILE:3:39: previous case``). When ``positioned`` is false the
    message is the whole line (the go command's ``read FILE: unexpected NUL
    in input``, the linker's ``function main is undeclared``); ``pos`` still
    says where the learner should look.
    """

    pos: Pos
    message: str
    notes: tuple[str, ...] = ()
    positioned: bool = True

    def lines(self, path: str) -> list[str]:
        """The lines ``go build`` prints for this error in a file at ``path``."""
        base = path.rsplit("/", 1)[-1]
        head = f"{path}:{self.pos}: {self.message}" if self.positioned else self.message
        return [_fill(ln, path, base) for s in (head, *self.notes) for ln in s.split("\n")]

    def text(self, path: str = "main.go") -> str:
        """The message with its notes, without the leading position (for the app)."""
        base = path.rsplit("/", 1)[-1]
        return "\n".join(_fill(s, path, base) for s in (self.message, *self.notes))


def _fill(s: str, path: str, base: str) -> str:
    if "\x00" not in s:
        return s
    return s.replace(FILE, path).replace(FILE_BASE, base)


class AnalysisError(Exception):
    """Something in the source stops the analysis; ``pos`` says where."""

    def __init__(self, pos: Pos, message: str) -> None:
        super().__init__(f"{pos}: {message}")
        self.pos = pos
        self.message = message

    def lines(self, path: str) -> list[str]:
        """What to print for a file at ``path``: ``PATH:LINE:COL: message``."""
        return [f"{path}:{self.pos}: {self.message}"]


class InvalidGo(AnalysisError):
    """The source is not valid Go: the errors gc prints, in its order; the first is the primary one.

    ``too_many`` is where gc gave up (its tenth error), when it did.
    """

    def __init__(self, pos: Pos, message: str, errors: list[CompileError] | None = None,
                 too_many: Pos | None = None) -> None:
        errors = errors or [CompileError(pos, message)]
        super().__init__(errors[0].pos, errors[0].text("main.go"))
        self.errors = errors
        self.too_many = too_many

    def lines(self, path: str) -> list[str]:
        """gc's lines for a file at ``path``, ``too many errors`` last when gc gave up."""
        out: list[str] = []
        for e in self.errors:
            out.extend(e.lines(path))
        if self.too_many is not None:
            out.append(f"{path}:{self.too_many}: too many errors")
        return out


class GoSyntaxError(InvalidGo):
    """The source is not valid Go syntax (gc would print ``syntax error: ...``)."""


class GoTypeError(InvalidGo):
    """The source parses but does not type-check (undefined names, mismatched types...)."""


class Unsupported(Exception):
    """A construct the analyzer cannot judge; raised while lowering, caught per function."""

    def __init__(self, pos: Pos, what: str) -> None:
        super().__init__(f"{pos}: unsupported: {what}")
        self.pos = pos
        self.message = what
        self.what = what
