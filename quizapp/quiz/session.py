"""A run through a list of questions: the state the quiz view shows.

The view calls one method per user action and renders what comes back;
no logic lives in the widgets. A session has a beginning and an end:
``next`` returns None after the last question, and the mode then shows a
summary. The options of ``why`` and ``lines`` questions are shuffled with
the session's seed, so their order is stable for a question within one
attempt (also when the attempt is resumed) and differs on a retry.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from typing import Any

from .answers import AnswerKey, KeyError_, analysed, answer_key
from .fix import FixResult
from .grading import Grade, SelfGrade, grade, options_for_lines
from .model import Pack, Question, QuestionKind

STACK, HEAP = "stack", "heap"
DEFER_BYTES = 20_000
"""Code at least this long (some 500 lines) is analysed off the GUI thread when the session defers:
shorter code takes milliseconds, and answering it should not flash "Analysing"."""


@dataclass
class QuestionState:
    question: Question
    key: AnswerKey | None = None
    error: str = ""
    answers: dict[str, str] = field(default_factory=dict)   # where: site key -> stack/heap
    chosen_lines: set[str] = field(default_factory=set)
    chosen_principle: str | None = None
    allocs: int | None = None              # allocs: the learner's count per call
    typed_answer: str = ""                 # flashcards: what the learner wrote before revealing
    answer_shown: bool = False             # flashcards: the model answer is revealed
    rating: SelfGrade | None = None        # flashcards: the learner's own grade
    hints_shown: int = 0
    grade: Grade | None = None
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    timed_out: bool = False
    diagram: Any = None                    # the memory diagram, built once when first shown
    pending: bool = False                  # the code is still being analysed (off the GUI thread)
    edited: str | None = None              # fix: the learner's code (None: the question's, untouched)
    fix_result: FixResult | None = None    # fix: the latest check (the first judged one is graded)
    checked: str | None = None             # fix: the code that check judged (kept for this run only)

    @property
    def changed_since_check(self) -> bool:
        """Fix questions: the code in the editor is no longer what the latest check judged
        (after Reset, or typing), so that check's feedback speaks of other code."""
        return self.checked is not None and self.edited != self.checked

    @property
    def submitted(self) -> bool:
        return self.grade is not None

    def given(self) -> dict[str, Any]:
        """The learner's answer as plain data (stored with the answer, re-graded on resume)."""
        kind = self.question.kind
        if kind is QuestionKind.WHERE:
            return {"sites": dict(self.answers)}
        if kind is QuestionKind.LINES:
            return {"lines": sorted(self.chosen_lines)}
        if kind is QuestionKind.WHY:
            return {"principle": self.chosen_principle}
        if kind is QuestionKind.FIX:
            fix = self.grade.fix if self.grade is not None else None
            return {"code": self.edited, "result": fix.to_dict() if fix is not None else None}
        if kind is QuestionKind.ALLOCS:
            return {"allocs": self.allocs}
        return {"rating": self.rating.value if self.rating else None, "typed": self.typed_answer}


class QuizSession:
    """A list of questions (a pack, or a mode's selection), one at a time."""

    def __init__(self, pack: Pack, start: int = 0, seed: int | None = None, hints: bool = True,
                 defer_analysis: bool = False) -> None:
        self.pack = pack
        self.index = max(0, min(start, len(pack.questions) - 1))
        self.states: dict[int, QuestionState] = {}   # by index: two packs may share a question id
        self.seed = random.randrange(1 << 31) if seed is None else seed
        self.hints_allowed = hints
        self.defer_analysis = defer_analysis
        """When set, a question whose long code is not analysed yet comes back ``pending``: the
        caller analyses it elsewhere (``answers.analysis_of`` in a worker thread), then ``resolve``."""

    def __len__(self) -> int:
        return len(self.pack.questions)

    def state(self, index: int) -> QuestionState:
        """Question ``index`` with its answer key (unless it is deferred: then ``pending``)."""
        st = self._bare(index)
        code = st.question.code
        if st.pending and (not self.defer_analysis or analysed(code, st.question.build.inline)
                           or len(code) < DEFER_BYTES):
            st.pending = False
            self._key(st)
        return st

    def _bare(self, index: int) -> QuestionState:
        """The question's state, its key not computed yet (``pending``) when its code needs analysing."""
        st = self.states.get(index)
        if st is None:
            q = self.pack.questions[index]
            st = QuestionState(q, pending=bool(q.code.strip()))
            self.states[index] = st
            if not st.pending:
                self._key(st)
        return st

    def resolve(self) -> QuestionState:
        """The current question once its analysis is ready (its key is taken from the cache)."""
        return self.current

    @staticmethod
    def _key(st: QuestionState) -> None:
        try:
            st.key = answer_key(st.question)
        except KeyError_ as exc:
            st.error = str(exc)

    @property
    def current(self) -> QuestionState:
        return self.state(self.index)

    @property
    def is_last(self) -> bool:
        return self.index + 1 >= len(self.pack.questions)

    def go(self, index: int) -> QuestionState:
        """Move to question ``index``; its key is computed when it is asked for (``current``)."""
        self.index = max(0, min(index, len(self.pack.questions) - 1))
        st = self._bare(self.index)
        if not st.submitted:
            st.started = time.monotonic()
        return st

    def next(self) -> QuestionState | None:
        """The next question, or None after the last one (the session is over)."""
        if self.is_last:
            return None
        return self.go(self.index + 1)

    def previous(self) -> QuestionState:
        return self.go(self.index - 1)

    def first_unanswered(self) -> int | None:
        return next((i for i in range(len(self)) if not self.state(i).submitted), None)

    # ------------------------------------------------------------ options
    def _rng(self, q: Question) -> random.Random:
        return random.Random(f"{self.seed}/{q.id}")

    def options(self, st: QuestionState | None = None) -> list[str]:
        """A why question's principle ids or a lines question's lines, in this attempt's order."""
        st = st or self.current
        q = st.question
        if q.kind is QuestionKind.WHY:
            opts = list(q.choices)
        elif q.kind is QuestionKind.LINES and st.key is not None:
            opts = options_for_lines(q, st.key)
        else:
            return []
        self._rng(q).shuffle(opts)
        return opts

    # ------------------------------------------------------------ answering
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

    def count_allocs(self, n: int) -> None:
        """Allocs questions: the learner's number of heap allocations per call."""
        st = self.current
        if not st.submitted:
            st.allocs = max(0, int(n))

    def type_answer(self, text: str) -> None:
        st = self.current
        if not st.submitted:
            st.typed_answer = text

    def reveal(self) -> None:
        """Flashcards: show the model answer (then the learner rates themselves)."""
        self.current.answer_shown = True

    @staticmethod
    def hint_open(st: QuestionState) -> bool:
        """May ``st`` still show hints? Until it is answered; a fix question's learner goes on
        editing after the first judged check (the one recorded), and may need them most then."""
        return not st.submitted or st.question.kind is QuestionKind.FIX

    def hint(self) -> str | None:
        """The next hint's number; None when there are no more, or hints are off (interviews)."""
        st = self.current
        if not self.hints_allowed or not self.hint_open(st) or st.hints_shown >= len(st.question.hints):
            return None
        st.hints_shown += 1
        return str(st.hints_shown)

    def can_submit(self) -> bool:
        """True once every asked part has an answer (flashcards are rated instead)."""
        st = self.current
        if st.submitted or st.key is None:
            return False
        q = st.question
        if q.kind is QuestionKind.WHERE:
            return bool(st.key.sites) and all(s.key in st.answers for s in st.key.sites)
        if q.kind is QuestionKind.WHY:
            return st.chosen_principle is not None
        if q.kind is QuestionKind.ALLOCS:
            return st.allocs is not None
        if q.kind is QuestionKind.LINES:
            return bool(st.chosen_lines)
        return False

    def edit(self, code: str) -> None:
        """Fix questions: the learner's code as it stands in the editor."""
        self.current.edited = code

    def check_fix(self, result: FixResult) -> Grade | None:
        """Fix questions: a checked edit (graded off the GUI thread by ``fix.grade_in``). The first
        judged check is the answer; a later one only updates what the feedback shows, and an edit
        that does not compile or cannot be judged grades nothing."""
        st = self.current
        if st.question.kind is not QuestionKind.FIX or st.key is None:
            return None
        st.fix_result = result
        st.checked = st.edited
        if st.submitted or not result.judged:
            return None
        st.seconds = time.monotonic() - st.started
        st.grade = grade(st.question, st.key, result)
        return st.grade

    def submit(self, force: bool = False) -> Grade | None:
        """Grade the current answer; ``force`` grades even an incomplete one (time ran out)."""
        st = self.current
        if st.submitted or st.key is None:
            return None
        if not force and not self.can_submit():
            return None
        st.seconds = time.monotonic() - st.started
        st.timed_out = force
        if st.question.kind is QuestionKind.FLASHCARD:
            return self.self_grade(SelfGrade.AGAIN)
        if st.question.kind is QuestionKind.FIX:      # time ran out before a judged check
            st.grade = grade(st.question, st.key, st.fix_result if st.fix_result is not None and
                             st.fix_result.judged else FixResult.unchecked())
            return st.grade
        st.grade = grade(st.question, st.key, self._answer_of(st))
        return st.grade

    @staticmethod
    def _answer_of(st: QuestionState) -> object:
        return {QuestionKind.WHERE: st.answers, QuestionKind.LINES: st.chosen_lines,
                QuestionKind.WHY: st.chosen_principle, QuestionKind.ALLOCS: st.allocs}[st.question.kind]

    def hand_in(self) -> Grade | None:
        """Interviews: a free-text answer handed in without seeing the model answer (the report
        shows both side by side; it is not scored)."""
        st = self.current
        if st.submitted or st.question.kind is not QuestionKind.FLASHCARD:
            return None
        st.seconds = time.monotonic() - st.started
        return self.self_grade(SelfGrade.AGAIN)

    def self_grade(self, rating: SelfGrade) -> Grade | None:
        st = self.current
        if st.submitted:
            return None
        if not st.seconds:
            st.seconds = time.monotonic() - st.started
        st.rating = rating
        st.answer_shown = True
        st.grade = grade(st.question, st.key or AnswerKey([], []), rating)
        return st.grade

    # ------------------------------------------------------------ resuming
    def restore_hints(self, question_id: str, hints: int) -> None:
        """Hints shown on a question before the run was left (they stay counted)."""
        for i, q in enumerate(self.pack.questions):
            if q.id == question_id:
                st = self._bare(i)
                if not st.submitted:
                    st.hints_shown = max(st.hints_shown, min(hints, len(q.hints)))

    def restore(self, question_id: str, given: str, seconds: float, hints: int) -> bool:
        """Re-apply an answer stored earlier in this attempt (graded again, as the key may be cached)."""
        st = self._unsubmitted(question_id)
        data = _given_data(given)
        if st is None or data is None or not self._apply(st, data, submitted=True):
            return False
        kind = st.question.kind
        st.seconds, st.hints_shown = seconds, hints
        st.grade = (grade(st.question, st.key, st.rating) if kind is QuestionKind.FLASHCARD
                    else grade(st.question, st.key, st.fix_result) if kind is QuestionKind.FIX
                    else grade(st.question, st.key, self._answer_of(st)))
        return True

    def restore_draft(self, question_id: str, given: str) -> bool:
        """Put back an answer placed but not submitted when the run was left (not graded)."""
        st = self._unsubmitted(question_id)
        data = _given_data(given)
        return st is not None and data is not None and self._apply(st, data, submitted=False)

    def _unsubmitted(self, question_id: str) -> QuestionState | None:
        i = next((i for i, q in enumerate(self.pack.questions) if q.id == question_id), None)
        if i is None:
            return None
        st = self.state(i)
        return None if st.key is None or st.submitted else st

    def _apply(self, st: QuestionState, data: dict[str, Any], submitted: bool) -> bool:
        """Set ``st``'s answer from ``QuestionState.given``'s data; False when it does not fit."""
        kind = st.question.kind
        if kind is QuestionKind.WHERE:
            st.answers = {k: v for k, v in dict(data.get("sites", {})).items() if v in (STACK, HEAP)}
        elif kind is QuestionKind.LINES:
            st.chosen_lines = set(data.get("lines", []))
        elif kind is QuestionKind.WHY:
            st.chosen_principle = data.get("principle")
        elif kind is QuestionKind.FIX:    # the stored verdict: re-running the check is the learner's call
            if submitted and not isinstance(data.get("result"), dict):
                return False
            st.edited = data.get("code") if isinstance(data.get("code"), str) else None
            if submitted:
                st.fix_result = FixResult.from_dict(data["result"])
        elif kind is QuestionKind.ALLOCS:
            n = data.get("allocs")
            if not isinstance(n, int) or isinstance(n, bool):
                return not submitted and n is None
            st.allocs = n
        else:
            st.typed_answer = str(data.get("typed", "") or "")
            if not submitted:
                return True
            try:
                st.rating = SelfGrade(data.get("rating"))
            except ValueError:
                return False
            st.answer_shown = True
        return True


def _given_data(given: str) -> dict[str, Any] | None:
    try:
        data = json.loads(given) if given else {}
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
