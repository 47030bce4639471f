"""The pack list as the learner sees it: grouped by category, searchable, with progress.

Pure data for the pack cards: the view draws what ``catalog`` returns and
never queries the progress store itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .model import Category, Pack
from .progress import Progress

CATEGORY_ORDER = (Category.ARTICLE, Category.PRINCIPLE, Category.TOPIC, Category.INTERVIEW, Category.CUSTOM)


@dataclass(frozen=True)
class PackProgress:
    """How far the learner is with one pack."""

    total: int
    answered: int = 0                         # distinct questions answered at least once
    right: int = 0                            # questions whose latest answer was right
    position: int | None = None               # 1-based question of an unfinished attempt
    last: tuple[int, int] | None = None       # (right, asked) of the last finished run
    best: tuple[int, int] | None = None       # the best finished run
    runs: int = 0                             # finished runs through the whole pack

    @property
    def done(self) -> bool:
        return self.runs > 0


def pack_progress(progress: Progress, packs: list[Pack]) -> dict[str, PackProgress]:
    """Per pack id: answered and right questions, the run in progress, last and best runs."""
    latest: dict[tuple[str, str], bool] = {}
    for a in progress.answers():
        latest[(a.pack_id, a.question_id)] = a.correct
    out: dict[str, PackProgress] = {}
    runs = progress.attempts(mode="quiz")
    for p in packs:
        ids = {q.id for q in p.questions}
        answered = [ok for (pid, qid), ok in latest.items() if pid == p.id and qid in ids]
        mine = [a for a in runs if a.pack_id == p.id]
        unfinished = next((a for a in mine if not a.finished), None)
        scores = []
        for a in mine:
            if a.finished and a.report:
                try:
                    r = json.loads(a.report)
                    scores.append((int(r["right"]), int(r["total"])))
                except (ValueError, KeyError, TypeError):
                    continue
        out[p.id] = PackProgress(
            len(p.questions), len(answered), sum(answered),
            unfinished.position + 1 if unfinished is not None else None,
            scores[0] if scores else None,
            max(scores, key=lambda s: (s[0] / s[1] if s[1] else 0, s[0])) if scores else None,
            len(scores))
    return out


def matches(pack: Pack, query: str) -> bool:
    """Search over ids, titles and descriptions of the pack and its questions, in both languages,
    over the question kinds (``allocs``, ``fix``…), the words a pack file uses for them, and
    over the questions' code (``WaitGroup``, ``recover``: what a learner remembers of one)."""
    words = query.casefold().split()
    if not words:
        return True
    hay = _HAYSTACKS.get(id(pack))
    if hay is None or hay[0] is not pack:
        texts = [pack.id, pack.title.en, pack.title.zh]
        if pack.description is not None:
            texts += [pack.description.en, pack.description.zh]
        for q in pack.questions:
            texts += [q.id, q.title.en, q.title.zh, q.kind.value, *q.principles, q.code]
        if len(_HAYSTACKS) > 512:                 # packs loaded again: forget the old ones
            _HAYSTACKS.clear()
        hay = _HAYSTACKS[id(pack)] = (pack, "\n".join(texts).casefold())
    return all(w in hay[1] for w in words)


_HAYSTACKS: dict[int, tuple[Pack, str]] = {}     # a pack's searchable text, made once, not per keystroke


def grouped(packs: list[Pack], query: str = "") -> list[tuple[Category, list[Pack]]]:
    """The packs matching ``query``, by category in a fixed order; empty groups left out."""
    out = []
    for cat in CATEGORY_ORDER:
        members = [p for p in packs if p.category is cat and matches(p, query)]
        if members:
            out.append((cat, members))
    return out
