"""The pack format as Python data: packs, questions and their bilingual texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class QuestionKind(str, Enum):
    WHERE = "where"          # mark each asked site stack or heap
    LINES = "lines"          # choose the lines go build -gcflags='-m -l' prints
    WHY = "why"              # choose the principle behind a site's verdict
    FLASHCARD = "flashcard"  # a concept question with a model answer, self-graded
    FIX = "fix"              # edit the code so that a marked site stays on the stack (format 2)
    ALLOCS = "allocs"        # how many heap allocations one call of a function makes (format 2)


RESERVED_KINDS: dict[str, int] = {}
"""Question kinds a format reserves before this app can ask them (kind -> format)."""
KIND_FORMATS = {QuestionKind.FIX: 2, QuestionKind.ALLOCS: 2}
"""Question kinds that need a newer format than 1 (kind -> the first format with it)."""


class Category(str, Enum):
    """What a pack is, for grouping in the pack list (format 2's ``category``)."""

    ARTICLE = "article"      # programs from an article or talk, read closely
    PRINCIPLE = "principle"  # one principle, question after question
    TOPIC = "topic"          # one subject across principles (the runtime, myths, performance...)
    INTERVIEW = "interview"  # questions as interviews ask them
    CUSTOM = "custom"        # anything else: an instructor's or a learner's own


class BuildFlags(str, Enum):
    """The build the answers assume (format 2's ``flags``; format 1 knows only ``-m -l``)."""

    NO_INLINING = "-m -l"    # go build -gcflags='-m -l': inlining off
    DEFAULT = "-m"           # go build -gcflags='-m': the default build, inlining on

    @staticmethod
    def of(flags: str) -> BuildFlags:
        """The build a pack's ``flags`` text names (``-m`` alone: the default build)."""
        return BuildFlags.DEFAULT if flags.split() == ["-m"] else BuildFlags.NO_INLINING

    @property
    def inline(self) -> bool:
        return self is BuildFlags.DEFAULT

    @property
    def other(self) -> BuildFlags:
        return BuildFlags.NO_INLINING if self.inline else BuildFlags.DEFAULT

    @property
    def command(self) -> str:
        """The build as a learner types it."""
        return "go build -gcflags=-m" if self.inline else "go build -gcflags='-m -l'"


class Difficulty(str, Enum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


@dataclass(frozen=True)
class Text:
    """A text in both languages the app speaks."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Expectation:
    """An answer the author pins: the analyzer must agree, or validation fails."""

    site: str
    verdict: str


@dataclass
class Question:
    id: str
    kind: QuestionKind
    difficulty: Difficulty
    title: Text
    prompt: Text
    principles: list[str]
    code: str = ""
    sites: list[str] | None = None          # asked sites; None: the default selection
    exclude_sites: list[str] = field(default_factory=list)
    hints: list[Text] = field(default_factory=list)
    explanation: Text | None = None
    answer: Text | None = None              # flashcards: the model answer
    inlining_note: Text | None = None       # where inlining (no -l) would change the answer
    expect: list[Expectation] = field(default_factory=list)
    why_site: str = ""                      # why and fix questions: the site (``site = "NAME"``)
    choices: list[str] = field(default_factory=list)      # why questions: principle ids offered
    distractors: list[str] = field(default_factory=list)  # lines questions: wrong lines offered
    function: str = ""                      # allocs questions: the function whose calls are counted
    line: int | None = None                 # where the question starts in its file
    solution: str = ""                      # fix questions: the model solution (a complete Go file)
    build: BuildFlags = BuildFlags.NO_INLINING   # the pack's build: the answers are its


@dataclass
class Pack:
    id: str
    version: str
    title: Text
    authors: list[str]
    go: str
    flags: str
    questions: list[Question]
    description: Text | None = None
    path: Path | None = None
    builtin: bool = False
    category: Category = Category.CUSTOM
    format: int = 2

    @property
    def build(self) -> BuildFlags:
        """The build every question of the pack is graded in (its ``flags``)."""
        return BuildFlags.of(self.flags)

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)
