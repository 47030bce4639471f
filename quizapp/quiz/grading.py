"""Grading an answer against the key, for each question kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .answers import AnswerKey
from .fix import FixResult
from .model import Question, QuestionKind


class SelfGrade(str, Enum):
    """How a learner rates their own flashcard answer."""

    AGAIN = "again"
    HARD = "hard"
    GOOD = "good"
    EASY = "easy"


@dataclass
class SiteResult:
    key: str
    expected: str          # stack / heap
    given: str | None
    correct: bool


@dataclass
class Grade:
    """The outcome of one answer: per-part results and the overall verdict."""

    correct: bool
    score: float                          # 0..1
    sites: list[SiteResult] = field(default_factory=list)
    missed_lines: list[str] = field(default_factory=list)
    wrong_lines: list[str] = field(default_factory=list)
    expected_principle: str | None = None
    fix: FixResult | None = None          # fix questions: the checked edit's result
    expected_allocs: int | None = None    # allocs questions: the count per call


def grade_where(key: AnswerKey, answers: dict[str, str]) -> Grade:
    """``answers`` maps a site key (``name@line:col``) to ``stack`` or ``heap``."""
    results = []
    for s in key.sites:
        expected = s.verdict.value  # type: ignore[union-attr]
        given = answers.get(s.key)
        results.append(SiteResult(s.key, expected, given, given == expected))
    n = len(results)
    right = sum(r.correct for r in results)
    return Grade(n > 0 and right == n, right / n if n else 0.0, results)


def options_for_lines(q: Question, key: AnswerKey) -> list[str]:
    """The lines a learner chooses from: the compiler's, and the author's wrong ones, sorted."""
    return sorted(set(key.lines) | set(q.distractors), key=_line_order)


def _line_order(line: str) -> tuple[int, int, str]:
    head, _, msg = line.partition(": ")
    try:
        ln, col = (int(x) for x in head.split(":"))
    except ValueError:
        return (1 << 30, 0, line)
    return (ln, col, msg)


def grade_lines(key: AnswerKey, chosen: set[str]) -> Grade:
    truth = set(key.lines)
    missed = sorted(truth - chosen, key=_line_order)
    wrong = sorted(chosen - truth, key=_line_order)
    total = len(truth | chosen) or 1
    score = len(truth & chosen) / total
    return Grade(not missed and not wrong, score, missed_lines=missed, wrong_lines=wrong)


def grade_why(key: AnswerKey, chosen: str | None) -> Grade:
    ok = chosen is not None and chosen == key.why
    return Grade(ok, 1.0 if ok else 0.0, expected_principle=key.why)


def grade_allocs(key: AnswerKey, given: int | None) -> Grade:
    """An allocs question: the learner's count of heap allocations per call, exactly."""
    ok = given is not None and given == key.allocs
    return Grade(ok, 1.0 if ok else 0.0, expected_allocs=key.allocs)


def grade_flashcard(rating: SelfGrade) -> Grade:
    """Only "again" is a miss: "hard" means remembered with effort, as in FSRS (and Anki)."""
    ok = rating is not SelfGrade.AGAIN
    return Grade(ok, {SelfGrade.AGAIN: 0.0, SelfGrade.HARD: 0.5, SelfGrade.GOOD: 0.8,
                      SelfGrade.EASY: 1.0}[rating])


def grade_fix(result: FixResult) -> Grade:
    """A judged edit: it passes or it does not (the checks say why)."""
    return Grade(result.passed, 1.0 if result.passed else 0.0, fix=result)


def grade(q: Question, key: AnswerKey, answer: object) -> Grade:
    """Dispatch on the question kind."""
    if q.kind is QuestionKind.WHERE:
        return grade_where(key, answer)  # type: ignore[arg-type]
    if q.kind is QuestionKind.LINES:
        return grade_lines(key, answer)  # type: ignore[arg-type]
    if q.kind is QuestionKind.WHY:
        return grade_why(key, answer)  # type: ignore[arg-type]
    if q.kind is QuestionKind.FIX:
        return grade_fix(answer)  # type: ignore[arg-type]
    if q.kind is QuestionKind.ALLOCS:
        return grade_allocs(key, answer)  # type: ignore[arg-type]
    return grade_flashcard(answer)  # type: ignore[arg-type]
