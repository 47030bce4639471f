"""Ways to work through questions: practice (spaced repetition) and mock interviews.

Each mode builds the list of questions for a ``QuizSession`` and reacts to
answers through the same hooks, so the question view does not care which
mode it serves.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .model import Difficulty, Pack, Question, QuestionKind, Text
from .progress import Progress
from .scheduler import Scheduler
from .session import QuizSession


@dataclass
class Origin:
    pack: Pack
    question: Question


def _virtual_pack(pid: str, title: Text, items: list[Origin]) -> Pack:
    return Pack(pid, "1", title, [], "go1.27.3", "-m -l", [o.question for o in items])


class PracticeMode:
    """Due questions first, then new ones by difficulty; every answer reschedules its question."""

    title = Text("Practice", "练习")

    def __init__(self, packs: list[Pack], progress: Progress, scheduler: Scheduler,
                 principle: str | None = None, pack_id: str | None = None, limit: int = 20) -> None:
        self.scheduler = scheduler
        queue = scheduler.queue(packs, limit=limit, principle=principle, pack_id=pack_id)
        self.origins = [Origin(i.pack, i.question) for i in queue]
        self.due_count = sum(1 for i in queue if i.due)
        self.session = QuizSession(_virtual_pack("practice", self.title, self.origins)) \
            if self.origins else None

    def origin(self, index: int) -> Origin:
        return self.origins[index]

    def on_answer(self, index: int, correct: bool, score: float, seconds: float) -> None:
        o = self.origins[index]
        self.scheduler.review(o.pack, o.question, correct, score, seconds, mode="practice")


@dataclass
class InterviewResult:
    question: Question
    pack_id: str
    correct: bool
    seconds: float
    timed_out: bool
    principle_chosen: str | None = None


@dataclass
class InterviewReport:
    results: list[InterviewResult] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(r.correct for r in self.results) / len(self.results) if self.results else 0.0

    @property
    def seconds(self) -> float:
        return sum(r.seconds for r in self.results)

    def weak_principles(self) -> list[str]:
        wrong: dict[str, int] = {}
        for r in self.results:
            if not r.correct:
                for p in r.question.principles:
                    wrong[p] = wrong.get(p, 0) + 1
        return sorted(wrong, key=lambda p: (-wrong[p], p))

    def to_review(self) -> list[InterviewResult]:
        return [r for r in self.results if not r.correct]


SECONDS = {Difficulty.EASY: 60, Difficulty.MEDIUM: 90, Difficulty.HARD: 120}


class InterviewMode:
    """A mock interview: N questions of a chosen difficulty, each against the clock."""

    title = Text("Mock interview", "模拟面试")

    def __init__(self, packs: list[Pack], length: int = 5, difficulty: Difficulty | None = None,
                 seed: int | None = None, progress: Progress | None = None) -> None:
        pool = [Origin(p, q) for p in packs for q in p.questions
                if difficulty is None or q.difficulty is difficulty]
        rng = random.Random(seed)
        rng.shuffle(pool)
        kinds = [o for o in pool if o.question.kind is not QuestionKind.LINES]
        self.origins = kinds[:length]
        self.progress = progress
        self.report = InterviewReport()
        self.session = QuizSession(_virtual_pack("interview", self.title, self.origins)) \
            if self.origins else None

    def time_limit(self, index: int) -> int:
        return SECONDS[self.origins[index].question.difficulty]

    def on_answer(self, index: int, correct: bool, score: float, seconds: float,
                  timed_out: bool = False, principle: str | None = None) -> None:
        o = self.origins[index]
        self.report.results.append(InterviewResult(o.question, o.pack.id, correct, seconds, timed_out,
                                                   principle))
        if self.progress is not None:
            from datetime import datetime, timezone
            from .progress import Answer
            self.progress.record(Answer(o.pack.id, o.question.id, correct, score, seconds,
                                        datetime.now(timezone.utc), tuple(o.question.principles),
                                        "interview"))

    @property
    def finished(self) -> bool:
        return len(self.report.results) >= len(self.origins)


def report_html(report: InterviewReport, lang: str = "en") -> str:
    """The interview report as a standalone HTML page."""
    import html
    from ..analysis.principles import PRINCIPLES, PrincipleId
    zh = lang.startswith("zh")
    rows = "".join(
        f"<tr><td>{html.escape(r.question.title.get(lang))}</td><td>{'✔' if r.correct else '✘'}"
        f"{(' (超时)' if zh else ' (time ran out)') if r.timed_out else ''}</td><td>{r.seconds:.0f} s</td></tr>" for r in report.results)
    weak = "".join(f"<li>{html.escape(PRINCIPLES[PrincipleId(p)].title(lang))}</li>"
                   for p in report.weak_principles() if p in PrincipleId._value2member_map_)
    review = "".join(f"<li>{html.escape(r.question.title.get(lang))}</li>" for r in report.to_review())
    t = ("模拟面试报告", "得分", "用时", "薄弱的原理", "需要复习", "题目", "结果", "时间") if zh else \
        ("Mock interview report", "Score", "Time", "Weak principles", "To review", "Question", "Result", "Time")
    return (f"<!DOCTYPE html><html lang='{'zh' if zh else 'en'}'><head><meta charset='utf-8'>"
            f"<title>{t[0]}</title></head><body><h1>{t[0]}</h1>"
            f"<p><b>{t[1]}:</b> {report.score * 100:.0f}% &nbsp; <b>{t[2]}:</b> {report.seconds:.0f} s</p>"
            f"<table border='1' cellpadding='4'><tr><th>{t[5]}</th><th>{t[6]}</th><th>{t[7]}</th></tr>{rows}</table>"
            f"<h2>{t[3]}</h2><ul>{weak or '<li>—</li>'}</ul><h2>{t[4]}</h2><ul>{review or '<li>—</li>'}</ul>"
            f"</body></html>")
