"""Modes (quiz, review, practice, interview), attempts and their end (no Qt)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.quiz.grading import SelfGrade
from quizapp.quiz.loader import builtin_dir, load_packs
from quizapp.quiz.model import Difficulty, Pack, Question, QuestionKind, Text
from quizapp.quiz.modes import InterviewMode, PackMode, PracticeMode, ReviewMode, mix_counts
from quizapp.quiz.progress import Progress
from quizapp.quiz.report import load_report, report_html
from quizapp.quiz.scheduler import Scheduler
from quizapp.quiz.summary import summarize, suggest_packs

T = Text("t", "题")
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)


def cards(*specs: tuple[Difficulty, str]) -> Pack:
    qs = [Question(f"q{i}", QuestionKind.FLASHCARD, d, Text(f"Q{i}", f"题{i}"), T, [p], answer=T)
          for i, (d, p) in enumerate(specs)]
    return Pack("p", "1", T, [], "go1.27.3", "-m -l", qs)


def small() -> Pack:
    return cards((Difficulty.EASY, "sharing-up"), (Difficulty.EASY, "too-large"), (Difficulty.HARD, "goroutine"))


@pytest.fixture
def sched(tmp_path: Path) -> Scheduler:
    clock = [T0]
    pr = Progress(tmp_path / "p.sqlite3", clock=lambda: clock[0])
    s = Scheduler(pr, clock=lambda: clock[0])
    s.travel = lambda days: clock.__setitem__(0, clock[0] + timedelta(days=days))  # type: ignore[attr-defined]
    return s


@pytest.fixture(scope="module")
def article() -> Pack:
    packs, _ = load_packs([builtin_dir()])
    return next(p for p in packs if p.id == "builtin.article")


def answer_right(mode, right: bool = True) -> None:  # noqa: ANN001
    """Answer the current question (right or wrong) through the session, then record it."""
    sess = mode.session
    st = sess.current
    q = st.question
    if q.kind is QuestionKind.FLASHCARD:
        sess.reveal()
        sess.self_grade(SelfGrade.GOOD if right else SelfGrade.AGAIN)
    elif q.kind is QuestionKind.WHERE:
        for s in st.key.sites:
            v = s.verdict.value
            sess.answer_site(s.key, v if right else ("stack" if v == "heap" else "heap"))
        sess.submit()
    elif q.kind is QuestionKind.WHY:
        sess.choose_principle(st.key.why if right else next(c for c in q.choices if c != st.key.why))
        sess.submit()
    else:
        for ln in (st.key.lines if right else st.key.lines[1:] + q.distractors[:1]):
            sess.toggle_line(ln)
        sess.submit()
    mode.record()


def test_practice_reschedules_answers_and_says_when_they_come_back(sched: Scheduler) -> None:
    mode = PracticeMode([small()], sched)
    assert [o.question.id for o in mode.origins] == ["q0", "q1", "q2"]
    answer_right(mode)
    assert sched.progress.card("p", "q0") is not None
    assert PracticeMode([small()], sched, principle="sharing-up").origins == []   # not due yet
    summary = sched.due_summary([small()])
    assert (summary.due_now, summary.new) == (0, 2) and summary.next_due is not None
    assert summary.next_due > T0


def test_practice_outcome_has_the_next_review(sched: Scheduler) -> None:
    mode = PracticeMode([small()], sched)
    mode.session.reveal()
    mode.session.self_grade(SelfGrade.GOOD)
    outcome = mode.record()
    assert outcome.due is not None and outcome.due > T0


def test_a_pack_run_ends_with_a_summary(sched: Scheduler, article: Pack) -> None:
    mode = PackMode(article, sched)
    n = len(article.questions)
    for i in range(n):
        answer_right(mode, right=i % 3 != 0)
        nxt = mode.session.next()
        assert (nxt is None) == (i == n - 1)           # no silent wrap to question 1
    summary = mode.finish()
    wrong = [q.id for i, q in enumerate(article.questions) if i % 3 == 0]
    assert [q.id for q in summary.missed] == wrong and summary.skipped == []
    assert summary.right == n - len(wrong) and len(summary.answered) == n
    weakest = summary.per_principle()[0]
    assert weakest.right < weakest.total
    stored = sched.progress.attempts(article.id, "quiz")[0]
    assert stored.finished and json.loads(stored.report)["missed"] == wrong


def test_review_asks_only_the_missed(sched: Scheduler, article: Pack) -> None:
    missed = article.questions[2:4]
    mode = ReviewMode(article, missed, sched)
    assert [q.id for q in mode.session.pack.questions] == [q.id for q in missed]
    answer_right(mode)
    assert [a.mode for a in sched.progress.answers()] == ["review"]


def test_an_unfinished_run_resumes_with_its_answers_and_option_order(sched: Scheduler, article: Pack) -> None:
    why = next(i for i, q in enumerate(article.questions) if q.kind is QuestionKind.WHY)
    first = PackMode(article, sched)
    first.session.go(why)
    order = first.session.options()
    answer_right(first)
    first.session.go(why + 1)
    first.moved()
    again = PackMode(article, sched)                       # the app restarted
    assert again.attempt_id == first.attempt_id and again.session.index == why + 1
    assert again.session.options(again.session.state(why)) == order
    restored = again.session.state(why)
    assert restored.submitted and restored.grade.correct
    retries = [PackMode(article, sched, resume=False) for _ in range(6)]     # new runs: new orders
    assert all(m.attempt_id != first.attempt_id for m in retries)
    assert len({tuple(m.session.options(m.session.state(why))) for m in retries}) > 1


def test_interview_mixed_is_a_fixed_mix_easiest_first(sched: Scheduler) -> None:
    assert mix_counts(5) == {Difficulty.EASY: 2, Difficulty.MEDIUM: 2, Difficulty.HARD: 1}
    assert mix_counts(10) == {Difficulty.EASY: 4, Difficulty.MEDIUM: 4, Difficulty.HARD: 2}
    packs, _ = load_packs([builtin_dir()])
    for seed in range(5):
        mode = InterviewMode(packs, sched, length=5, seed=seed)
        got = [o.question.difficulty for o in mode.origins]
        assert got == [Difficulty.EASY] * 2 + [Difficulty.MEDIUM] * 2 + [Difficulty.HARD]
        assert not mode.hints_allowed and not mode.feedback_on_submit


def test_interview_short_pool_is_filled_from_the_nearest_difficulty(sched: Scheduler) -> None:
    mode = InterviewMode([small()], sched, length=3, seed=1)
    assert sorted(o.question.id for o in mode.origins) == ["q0", "q1", "q2"]


def test_interview_report_round_trips_and_renders(sched: Scheduler, article: Pack) -> None:
    where = next(q for q in article.questions if q.kind is QuestionKind.WHERE)
    card = next(q for q in article.questions if q.kind is QuestionKind.FLASHCARD)
    pack = Pack("a", "1", T, [], "go1.27.3", "-m -l", [where, card])
    mode = InterviewMode([pack], sched, length=2, seed=3)
    assert mode.session.hint() is None                       # no hints in interviews
    for _ in range(2):
        st = mode.session.current
        if st.question.kind is QuestionKind.FLASHCARD:
            mode.session.type_answer("the compiler decides")
            mode.session.submit(force=True)                   # time ran out
        else:
            answer_right(mode, right=False)
        mode.record()
        mode.explain(st.question.principles[0])
        mode.session.next()
    assert mode.finished
    mode.finish()
    stored = sched.progress.attempts(mode="interview")[0]
    report = load_report(stored.report)
    assert report is not None and len(report.items) == 2 and report.score == 0.0
    first = next(i for i in report.items if i.kind == "where")
    assert first.rows and all(not r.correct for r in first.rows)
    html = report_html(report, "zh")
    assert "模拟面试报告" in html and "超时" in html and "你的回答" in html and "参考答案" in html
    assert "the compiler decides" in html and "<style>" in html
    en = report_html(report, "en")
    assert "Your answer" in en and "heap" in en
    assert load_report("not json") is None


def test_suggestions_start_with_the_weakest_principles_pack(sched: Scheduler, article: Pack) -> None:
    packs, _ = load_packs([builtin_dir()])
    mode = PackMode(article, sched)
    for _ in range(len(article.questions)):
        answer_right(mode, right=False)
        mode.session.next()
    summary = summarize(mode.session)
    weakest = summary.weakest()
    first = suggest_packs(summary, packs, done=set())[0]
    assert first.category.value == "principle" and first.questions[0].principles[0] == weakest


def test_the_report_shows_explanations_and_model_answers_as_formatted_text() -> None:
    from quizapp.quiz.report import InterviewItem, InterviewReport, report_html
    item = InterviewItem("p", "q", {"en": "T", "zh": "T"}, "flashcard", "easy", False, 3.0, 60, False, None,
                         typed="mine", model={"en": "Two ways:\n- return `&x`\n- store `&x` in a global", "zh": ""},
                         explanation={"en": "It prints `moved to heap: x`.", "zh": ""}, scored=False)
    scored = InterviewItem("p", "r", {"en": "U", "zh": "U"}, "where", "easy", True, 3.0, 60, False, None)
    page = report_html(InterviewReport([item, scored]), "en")
    assert "<li>return <code>&amp;x</code></li>" in page and "<code>moved to heap: x</code>" in page
    assert "`" not in page and "not scored" in page
    assert InterviewReport([item, scored]).score == 1.0          # the free-text answer is not counted
    assert InterviewReport.from_json(InterviewReport([item]).to_json()).items[0].scored is False
