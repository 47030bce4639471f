"""Scheduling with FSRS and the rating mapping, with an injected clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from fsrs import Rating

from quizapp.quiz.model import Difficulty, Pack, Question, QuestionKind, Text
from quizapp.quiz.progress import Progress
from quizapp.quiz.scheduler import Scheduler, mastery, rating_for

T = Text("t", "题")


def pack() -> Pack:
    qs = [Question(f"q{i}", QuestionKind.FLASHCARD, d, T, T, [p], answer=T)
          for i, (d, p) in enumerate([(Difficulty.HARD, "too-large"), (Difficulty.EASY, "sharing-up"),
                                      (Difficulty.MEDIUM, "sharing-up")])]
    return Pack("p", "1", T, [], "go1.27.3", "-m -l", qs)


def test_rating_mapping() -> None:
    assert rating_for(False, 5, Difficulty.EASY) is Rating.Again
    assert rating_for(True, 5, Difficulty.EASY) is Rating.Easy
    assert rating_for(True, 20, Difficulty.EASY) is Rating.Good
    assert rating_for(True, 60, Difficulty.EASY) is Rating.Hard
    assert rating_for(True, 60, Difficulty.HARD) is Rating.Good


def test_new_questions_easy_first_then_due_ones(tmp_path: Path) -> None:
    now = [datetime(2026, 11, 1, 9, tzinfo=timezone.utc)]
    pr = Progress(tmp_path / "p.sqlite3", clock=lambda: now[0])
    s = Scheduler(pr, clock=lambda: now[0])
    p = pack()
    assert [i.question.id for i in s.queue([p])] == ["q1", "q2", "q0"]
    due = s.review(p, p.questions[1], correct=False, score=0, seconds=10)
    assert due - now[0] < timedelta(hours=1)           # a wrong answer comes back soon
    assert [i.question.id for i in s.queue([p])] == ["q2", "q0"]
    now[0] += timedelta(hours=1)
    q = s.queue([p])
    assert q[0].question.id == "q1" and q[0].due     # due first
    good = s.review(p, p.questions[2], correct=True, score=1, seconds=30)
    assert good > now[0]


def test_practice_one_principle_or_pack(tmp_path: Path) -> None:
    pr = Progress(tmp_path / "p.sqlite3")
    s = Scheduler(pr)
    p = pack()
    assert [i.question.id for i in s.queue([p], principle="too-large")] == ["q0"]
    assert s.queue([p], pack_id="other") == []


def test_mastery_per_principle(tmp_path: Path) -> None:
    pr = Progress(tmp_path / "p.sqlite3")
    s = Scheduler(pr)
    p = pack()
    s.review(p, p.questions[1], True, 1, 10)
    s.review(p, p.questions[2], False, 0, 10)
    s.review(p, p.questions[0], True, 1, 10)
    assert mastery(pr) == {"sharing-up": 0.5, "too-large": 1.0}


def test_a_flashcard_is_scheduled_by_the_learner_s_own_rating(tmp_path: Path) -> None:
    now = datetime(2026, 11, 1, 9, tzinfo=timezone.utc)
    p = pack()
    dues = {}
    for rating in ("again", "hard", "easy"):
        pr = Progress(tmp_path / f"{rating}.sqlite3", clock=lambda: now)
        s = Scheduler(pr, clock=lambda: now)
        dues[rating] = s.review(p, p.questions[0], correct=rating != "again", score=1, seconds=1,
                                self_rating=rating)
    assert dues["again"] < dues["hard"] < dues["easy"]     # a fast "hard" is not turned into "easy"
