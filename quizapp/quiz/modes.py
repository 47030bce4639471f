"""Ways to work through questions: a pack, a review of missed questions, practice, mock interviews.

Each mode is a small strategy object with the same hooks: it builds the
session's questions, records every answer where it belongs (one
transaction each), says what the view may offer (hints, feedback right
after submitting, a clock), keeps its attempt resumable and ends with a
summary. The question view does not care which mode it serves.

Mock interviews with "Mixed" difficulty ask a fixed mix: 40 % easy, 40 %
medium, 20 % hard (rounded; 5 questions are 2 easy, 2 medium, 1 hard),
easiest first. When a difficulty has too few questions, the nearest
difficulty fills in (medium, then easy, then hard).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from .model import Difficulty, Pack, Question, QuestionKind, Text
from .progress import Answer, Attempt
from .report import InterviewReport, item_for
from .scheduler import Scheduler
from .session import QuestionState, QuizSession
from .summary import Summary, summarize


class ModeKind(str, Enum):
    QUIZ = "quiz"              # a pack from start to end, resumable
    REVIEW = "review"          # the questions missed in a run
    PRACTICE = "practice"      # spaced repetition across packs
    INTERVIEW = "interview"    # timed, no hints, feedback in the report


@dataclass(frozen=True)
class Origin:
    pack: Pack
    question: Question


@dataclass(frozen=True)
class Outcome:
    """What recording an answer changed (the view decides what to redraw)."""

    due: datetime | None = None     # when the question comes back in practice


def _virtual_pack(pid: str, title: Text, items: list[Origin]) -> Pack:
    return Pack(pid, "1", title, [], "go1.27.3", "-m -l", [o.question for o in items])


class Mode:
    """The hooks every mode shares; subclasses choose the questions and the bookkeeping."""

    kind = ModeKind.QUIZ
    hints_allowed = True
    feedback_on_submit = True
    timed = False
    reschedules = True

    def __init__(self, title: Text, pack_id: str, origins: list[Origin], scheduler: Scheduler,
                 seed: int | None = None) -> None:
        self.title = title
        self.pack_id = pack_id
        self.origins = origins
        self.scheduler = scheduler
        self.progress = scheduler.progress
        self.attempt_id: int | None = None
        self.session = QuizSession(_virtual_pack(pack_id, title, origins), seed=seed,
                                   hints=self.hints_allowed) if origins else None
        self.ended = False

    def begin(self) -> None:
        """Open the attempt this run is stored under."""
        if self.session is not None and self.attempt_id is None:
            ids = tuple(f"{o.pack.id}/{o.question.id}" for o in self.origins)
            self.attempt_id = self.progress.start_attempt(self.pack_id, self.kind.value, self.session.seed, ids)

    def origin(self, index: int) -> Origin:
        return self.origins[index]

    def record(self) -> Outcome:
        """Store the current question's answer; practice and quizzes reschedule it."""
        assert self.session is not None
        st = self.session.current
        g = st.grade
        if g is None:
            return Outcome()
        o = self.origins[self.session.index]
        if o.question.kind is QuestionKind.FLASHCARD and not self.feedback_on_submit:
            return Outcome()              # an interview's free-text answer: compared, never scored
        given = json.dumps(st.given(), ensure_ascii=False)
        if self.reschedules:
            due = self.scheduler.review(o.pack, o.question, g.correct, g.score, st.seconds, self.kind.value,
                                        hints=st.hints_shown, given=given, attempt_id=self.attempt_id,
                                        self_rating=st.rating.value if st.rating is not None else None)
            return Outcome(due)
        self.progress.record(Answer(o.pack.id, o.question.id, g.correct, g.score, st.seconds,
                                    self.scheduler.clock(), tuple(o.question.principles), self.kind.value,
                                    self.attempt_id, given, st.hints_shown))
        return Outcome()

    def hinted(self) -> None:
        """A hint was shown on the current question: kept with the attempt until it is answered."""
        if self.attempt_id is not None and self.session is not None:
            st = self.session.current
            o = self.origins[self.session.index]
            self.progress.hint_attempt(self.attempt_id, f"{o.pack.id}/{o.question.id}", st.hints_shown)

    def keep_drafts(self) -> None:
        """Store the answers placed but not submitted (the run is left: the app closes, another
        run starts), so that continuing it shows them again."""
        if self.attempt_id is None or self.session is None or self.ended:
            return
        drafts = {}
        for i, st in sorted(self.session.states.items()):
            if not st.submitted and _placed(st):
                o = self.origins[i]
                drafts[f"{o.pack.id}/{o.question.id}"] = json.dumps(st.given(), ensure_ascii=False)
        self.progress.keep_drafts(self.attempt_id, drafts)

    def moved(self) -> None:
        """The learner went to another question: an attempt resumes there."""
        if self.attempt_id is not None and self.session is not None:
            self.progress.move_attempt(self.attempt_id, self.session.index)

    def finish(self) -> Summary:
        """The run is over: its summary, stored with the attempt."""
        assert self.session is not None
        summary = summarize(self.session)
        summary.title = self.title
        if self.attempt_id is not None and not self.ended:
            self.progress.finish_attempt(self.attempt_id, self.report_json(summary))
        self.ended = True
        return summary

    def report_json(self, summary: Summary) -> str:
        return summary.to_json()


class PackMode(Mode):
    """A pack from its first question to its summary; an unfinished run resumes where it was left."""

    kind = ModeKind.QUIZ

    def __init__(self, pack: Pack, scheduler: Scheduler, resume: bool = True, start: int = 0) -> None:
        previous = self._unfinished(pack, scheduler) if resume else None
        super().__init__(pack.title, pack.id, [Origin(pack, q) for q in pack.questions], scheduler,
                         seed=previous.seed if previous is not None else None)
        self.pack = pack
        if self.session is None:
            return
        if previous is not None:
            self.attempt_id = previous.id
            for a in self.progress.attempt_answers(previous.id):
                self.session.restore(a.question_id, a.given, a.seconds, a.hints)
            for ref, n in previous.hints:
                self.session.restore_hints(ref.removeprefix(f"{pack.id}/"), n)
            for ref, given in previous.drafts:
                self.session.restore_draft(ref.removeprefix(f"{pack.id}/"), given)
            self.session.go(min(previous.position, len(pack.questions) - 1))
        else:
            self.session.go(start)
            self.begin()

    @staticmethod
    def _unfinished(pack: Pack, scheduler: Scheduler) -> Attempt | None:
        return next((a for a in scheduler.progress.attempts(pack.id, ModeKind.QUIZ.value) if not a.finished), None)


class ReviewMode(Mode):
    """Only the given questions of a pack (those missed in a run, or skipped)."""

    kind = ModeKind.REVIEW

    def __init__(self, pack: Pack, questions: list[Question], scheduler: Scheduler) -> None:
        super().__init__(pack.title, pack.id, [Origin(pack, q) for q in questions], scheduler)
        self.begin()


class PracticeMode(Mode):
    """Due questions first, then new ones by difficulty; every answer reschedules its question."""

    kind = ModeKind.PRACTICE

    def __init__(self, packs: list[Pack], scheduler: Scheduler, principle: str | None = None,
                 pack_id: str | None = None, limit: int = 20) -> None:
        queue = scheduler.queue(packs, limit=limit, principle=principle, pack_id=pack_id)
        super().__init__(Text("Practice", "练习"), "practice", [Origin(i.pack, i.question) for i in queue],
                         scheduler)
        self.due_count = sum(1 for i in queue if i.due)
        self.begin()


MIX = ((Difficulty.EASY, 0.4), (Difficulty.MEDIUM, 0.4), (Difficulty.HARD, 0.2))
FILL_ORDER = {Difficulty.EASY: (Difficulty.MEDIUM, Difficulty.HARD),
              Difficulty.MEDIUM: (Difficulty.EASY, Difficulty.HARD),
              Difficulty.HARD: (Difficulty.MEDIUM, Difficulty.EASY)}
SECONDS = {Difficulty.EASY: 60, Difficulty.MEDIUM: 90, Difficulty.HARD: 120}


def mix_counts(length: int) -> dict[Difficulty, int]:
    """How many questions of each difficulty "Mixed" asks (the module docstring's mix)."""
    easy = round(length * 0.4)
    hard = round(length * 0.2)
    return {Difficulty.EASY: easy, Difficulty.MEDIUM: length - easy - hard, Difficulty.HARD: hard}


class InterviewMode(Mode):
    """A mock interview: N questions against the clock, no hints, feedback only in the report."""

    kind = ModeKind.INTERVIEW
    hints_allowed = False
    feedback_on_submit = False
    timed = True
    reschedules = False

    def __init__(self, packs: list[Pack], scheduler: Scheduler, length: int = 5,
                 difficulty: Difficulty | None = None, seed: int | None = None) -> None:
        rng = random.Random(seed)
        pools: dict[Difficulty, list[Origin]] = {d: [] for d in Difficulty}
        for p in packs:
            for q in p.questions:
                if q.kind is not QuestionKind.LINES:
                    pools[q.difficulty].append(Origin(p, q))
        for pool in pools.values():
            rng.shuffle(pool)
        wanted = mix_counts(length) if difficulty is None else {difficulty: length}
        chosen: list[Origin] = []
        for d, n in wanted.items():
            take = pools[d][:n]
            del pools[d][:n]
            for other in FILL_ORDER[d]:
                while len(take) < n and pools[other]:
                    take.append(pools[other].pop(0))
            chosen += take
        order = {Difficulty.EASY: 0, Difficulty.MEDIUM: 1, Difficulty.HARD: 2}
        chosen.sort(key=lambda o: order[o.question.difficulty])
        super().__init__(Text("Mock interview", "模拟面试"), "interview", chosen, scheduler, seed=seed)
        self.difficulty = difficulty
        self.report = InterviewReport([], difficulty.value if difficulty else "mixed")
        self.begin()

    def time_limit(self, index: int) -> int:
        return SECONDS[self.origins[index].question.difficulty]

    def explain(self, principle: str | None) -> None:
        """The "explain your answer" step: the principle the learner names, into the report."""
        assert self.session is not None
        st = self.session.current
        o = self.origins[self.session.index]
        self.report.items.append(item_for(o.pack.id, st, self.time_limit(self.session.index), principle))

    @property
    def finished(self) -> bool:
        return len(self.report.items) >= len(self.origins)

    def report_json(self, summary: Summary) -> str:
        return self.report.to_json()


def _placed(st: QuestionState) -> bool:
    """Has the learner put anything into the answer of ``st`` yet?"""
    kind = st.question.kind
    if kind is QuestionKind.WHERE:
        return bool(st.answers)
    if kind is QuestionKind.LINES:
        return bool(st.chosen_lines)
    if kind is QuestionKind.WHY:
        return st.chosen_principle is not None
    if kind is QuestionKind.ALLOCS:
        return st.allocs is not None
    if kind is QuestionKind.FIX:
        return st.edited is not None and st.edited != st.question.code
    return bool(st.typed_answer.strip())
