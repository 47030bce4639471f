"""The end of a run: score, time, results per principle, what was missed, what to do next.

Computed from the session's states alone (an attempt resumed after a
restart re-grades its stored answers first), so the summary screen, the
stored report and the pack cards all tell the same story.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from .model import Category, Pack, Question, Text
from .session import QuizSession


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    correct: bool | None          # None: not answered (skipped)
    score: float = 0.0
    seconds: float = 0.0
    hints: int = 0


@dataclass(frozen=True)
class PrincipleResult:
    principle: str
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Summary:
    title: Text
    pack_id: str
    results: list[QuestionResult] = field(default_factory=list)

    @property
    def answered(self) -> list[QuestionResult]:
        return [r for r in self.results if r.correct is not None]

    @property
    def right(self) -> int:
        return sum(1 for r in self.results if r.correct)

    @property
    def score(self) -> float:
        """The share of answered questions that were right (0 when none was answered)."""
        return self.right / len(self.answered) if self.answered else 0.0

    @property
    def seconds(self) -> float:
        return sum(r.seconds for r in self.results)

    @property
    def hints(self) -> int:
        return sum(r.hints for r in self.results)

    @property
    def missed(self) -> list[Question]:
        return [r.question for r in self.results if r.correct is False]

    @property
    def skipped(self) -> list[Question]:
        return [r.question for r in self.results if r.correct is None]

    def per_principle(self) -> list[PrincipleResult]:
        """Each principle the answered questions teach, weakest first."""
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for r in self.answered:
            for p in r.question.principles:
                total[p] += 1
                right[p] += bool(r.correct)
        out = [PrincipleResult(p, right[p], total[p]) for p in total]
        return sorted(out, key=lambda x: (x.share, -x.total, x.principle))

    def weakest(self) -> str | None:
        weak = [p for p in self.per_principle() if p.right < p.total]
        return weak[0].principle if weak else None

    def to_json(self) -> str:
        """What the attempt keeps of its end (the pack cards show it)."""
        return json.dumps({"right": self.right, "answered": len(self.answered), "total": len(self.results),
                           "seconds": round(self.seconds, 1), "hints": self.hints,
                           "missed": [q.id for q in self.missed], "skipped": [q.id for q in self.skipped]})


def summarize(session: QuizSession) -> Summary:
    out = Summary(session.pack.title, session.pack.id)
    for i, q in enumerate(session.pack.questions):
        st = session.states.get(i)
        if st is None or st.grade is None:
            out.results.append(QuestionResult(q, None))
        else:
            out.results.append(QuestionResult(q, st.grade.correct, st.grade.score, st.seconds, st.hints_shown))
    return out


def suggest_packs(summary: Summary, packs: list[Pack], done: set[str], limit: int = 3) -> list[Pack]:
    """Packs to try next: the principle pack of the weakest principle, then others of the same
    category not finished yet (``done``: ids of packs finished at least once)."""
    out: list[Pack] = []
    weakest = summary.weakest()
    if weakest is not None:
        for p in packs:
            if p.category is Category.PRINCIPLE and p.id != summary.pack_id and _main_principle(p) == weakest:
                out.append(p)
    current = next((p for p in packs if p.id == summary.pack_id), None)
    category = current.category if current is not None else None
    for p in packs:
        if p.id != summary.pack_id and p not in out and p.id not in done and p.category is category:
            out.append(p)
    for p in packs:
        if p.id != summary.pack_id and p not in out and p.id not in done:
            out.append(p)
    return out[:limit]


def _main_principle(pack: Pack) -> str | None:
    c = Counter(q.principles[0] for q in pack.questions if q.principles)
    return c.most_common(1)[0][0] if c else None
