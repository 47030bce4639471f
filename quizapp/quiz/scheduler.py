"""What to practise next: FSRS spaced repetition over the questions.

Each question is an FSRS card (the ``fsrs`` package). An answer becomes an
FSRS rating from its correctness and its time:

- wrong                                        -> Again
- right after a hint                           -> Hard
- right, slower than 1.5 x the expected time   -> Hard
- right, faster than half the expected time    -> Easy
- right otherwise                              -> Good

The expected time grows with difficulty (easy 30 s, medium 60 s, hard 90 s).
Practice serves due cards first (oldest due first), then new questions from
easy to hard. The clock is injected so tests can travel in time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from fsrs import Card, Rating
from fsrs import Scheduler as FSRS

from .model import Difficulty, Pack, Question
from .progress import Answer, Clock, Progress, utc_now

EXPECTED_SECONDS = {Difficulty.EASY: 30.0, Difficulty.MEDIUM: 60.0, Difficulty.HARD: 90.0}
SELF_RATINGS = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy}
ORDER = {Difficulty.EASY: 0, Difficulty.MEDIUM: 1, Difficulty.HARD: 2}


def rating_for(correct: bool, seconds: float, difficulty: Difficulty, hints: int = 0) -> Rating:
    """The FSRS rating of one answer (the mapping in the module docstring)."""
    if not correct:
        return Rating.Again
    expected = EXPECTED_SECONDS[difficulty]
    if hints or seconds > 1.5 * expected:
        return Rating.Hard
    if seconds < 0.5 * expected:
        return Rating.Easy
    return Rating.Good


@dataclass(frozen=True)
class DueSummary:
    due_now: int
    new: int
    next_due: datetime | None     # the first review after now (None: nothing scheduled)


@dataclass(frozen=True)
class Item:
    pack: Pack
    question: Question
    due: bool


class Scheduler:
    def __init__(self, progress: Progress, clock: Clock = utc_now) -> None:
        self.progress = progress
        self.clock = clock
        self.fsrs = FSRS(enable_fuzzing=False)

    def review(self, pack: Pack, q: Question, correct: bool, score: float, seconds: float,
               mode: str = "practice", *, hints: int = 0, given: str = "",
               attempt_id: int | None = None, self_rating: str | None = None) -> datetime:
        """Record an answer and reschedule the question; returns when it is due again.
        ``self_rating`` (a flashcard's again/hard/good/easy) is used as the learner gave it."""
        now = self.clock()
        stored = self.progress.card(pack.id, q.id)
        card = Card.from_json(stored) if stored and stored != "{}" else Card()
        rating = (SELF_RATINGS[self_rating] if self_rating in SELF_RATINGS
                  else rating_for(correct, seconds, q.difficulty, hints))
        card, _log = self.fsrs.review_card(card, rating, now)
        self.progress.record(Answer(pack.id, q.id, correct, score, seconds, now, tuple(q.principles), mode,
                                    attempt_id, given, hints), card.to_json(), card.due)
        return card.due

    def due_summary(self, packs: list[Pack]) -> DueSummary:
        """What Practice has today: questions due now, new ones, and the next review after now."""
        now = self.clock()
        known = {(p.id, q.id) for p in packs for q in p.questions}
        due = [k for k in self.progress.due(now) if k in known]
        seen = self.progress.seen()
        new = sum(1 for k in known if k not in seen)
        return DueSummary(len(due), new, self.progress.next_due(now))

    def queue(self, packs: list[Pack], limit: int = 20, principle: str | None = None,
              pack_id: str | None = None) -> list[Item]:
        """Due questions first, then new ones from easy to hard."""
        def wanted(p: Pack, q: Question) -> bool:
            return (pack_id is None or p.id == pack_id) and (principle is None or principle in q.principles)
        index = {(p.id, q.id): (p, q) for p in packs for q in p.questions if wanted(p, q)}
        items = [Item(*index[k], True) for k in self.progress.due(self.clock()) if k in index]
        seen = self.progress.seen()
        new = [(p, q) for (pid, qid), (p, q) in index.items() if (pid, qid) not in seen]
        new.sort(key=lambda pq: ORDER[pq[1].difficulty])
        items += [Item(p, q, False) for p, q in new]
        return items[:limit]


def mastery(progress: Progress, last: int = 20) -> dict[str, float]:
    """Per principle: the share of the last ``last`` answers that were right."""
    by: dict[str, list[bool]] = defaultdict(list)
    for a in progress.answers():
        for p in a.principles:
            by[p].append(a.correct)
    return {p: sum(v[-last:]) / len(v[-last:]) for p, v in by.items() if v}
