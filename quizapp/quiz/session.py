"""A run through a pack's questions: the state the quiz view shows.

The view calls one method per user action and renders what comes back;
no logic lives in the widgets.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .answers import AnswerKey, KeyError_, analysed, answer_key
from .grading import Grade, SelfGrade, grade
from .model import Pack, Question, QuestionKind

STACK, HEAP = "stack", "heap"


@dataclass
class QuestionState:
    question: Question
    key: AnswerKey | None = None
    error: str = ""
    answers: dict[str, str] = field(default_factory=dict)   # where: site key -> stack/heap
    chosen_lines: set[str] = field(default_factory=set)
    chosen_principle: str | None = None
    hints_shown: int = 0
    grade: Grade | None = None
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    timed_out: bool = False
    pending: bool = False          # the code is still being analysed (off the GUI thread)

    @property
    def submitted(self) -> bool:
        return self.grade is not None


class QuizSession:
    """One pack, one question at a time."""

    def __init__(self, pack: Pack, start: int = 0, defer_analysis: bool = False) -> None:
        self.pack = pack
        self.index = max(0, min(start, len(pack.questions) - 1))
        self.states: dict[str, QuestionState] = {}
        self.defer_analysis = defer_analysis
        """When set, a question whose code is not analysed yet comes back ``pending``: the
        caller analyses it elsewhere (``answers.analysis_of`` in a worker thread), then ``resolve``."""

    @property
    def current(self) -> QuestionState:
        q = self.pack.questions[self.index]
        st = self.states.get(q.id)
        if st is None:
            st = QuestionState(q)
            self.states[q.id] = st
            if self.defer_analysis and q.code.strip() and not analysed(q.code):
                st.pending = True
            else:
                self._key(st)
        return st

    def resolve(self) -> QuestionState:
        """The current question once its analysis is ready (its key is taken from the cache)."""
        st = self.current
        if st.pending and analysed(st.question.code):
            st.pending = False
            self._key(st)
        return st

    @staticmethod
    def _key(st: QuestionState) -> None:
        try:
            st.key = answer_key(st.question)
        except KeyError_ as exc:
            st.error = str(exc)

    def go(self, index: int) -> QuestionState:
        self.index = max(0, min(index, len(self.pack.questions) - 1))
        return self.current

    def next(self) -> QuestionState:
        return self.go(self.index + 1 if self.index + 1 < len(self.pack.questions) else 0)

    def previous(self) -> QuestionState:
        return self.go(self.index - 1)

    def answer_site(self, site_key: str, verdict: str) -> None:
        st = self.current
        if not st.submitted:
            st.answers[site_key] = verdict

    def toggle_line(self, line: str) -> None:
        st = self.current
        if not st.submitted:
            st.chosen_lines ^= {line}

    def choose_principle(self, pid: str) -> None:
        st = self.current
        if not st.submitted:
            st.chosen_principle = pid

    def hint(self) -> str | None:
        """The next hint's index advances; None when there are no more."""
        st = self.current
        if st.hints_shown >= len(st.question.hints):
            return None
        st.hints_shown += 1
        return str(st.hints_shown)

    def can_submit(self) -> bool:
        st = self.current
        if st.submitted or st.key is None:
            return False
        q = st.question
        if q.kind is QuestionKind.WHERE:
            return all(s.key in st.answers for s in st.key.sites)
        if q.kind is QuestionKind.WHY:
            return st.chosen_principle is not None
        return q.kind is QuestionKind.LINES

    def submit(self, force: bool = False) -> Grade | None:
        """Grade the current answer; ``force`` grades even an incomplete one (time ran out)."""
        st = self.current
        if st.submitted or st.key is None:
            return None
        if not force and not self.can_submit():
            return None
        q = st.question
        st.seconds = time.monotonic() - st.started
        st.timed_out = force
        if q.kind is QuestionKind.FLASHCARD:
            return self.self_grade(SelfGrade.AGAIN)
        answer: object = {QuestionKind.WHERE: st.answers, QuestionKind.LINES: st.chosen_lines,
                          QuestionKind.WHY: st.chosen_principle}[q.kind]
        st.grade = grade(q, st.key, answer)
        return st.grade

    def self_grade(self, rating: SelfGrade) -> Grade:
        st = self.current
        if not st.seconds:
            st.seconds = time.monotonic() - st.started
        st.grade = grade(st.question, st.key or AnswerKey([], []), rating)
        return st.grade
