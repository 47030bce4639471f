"""Grading each question kind (no Qt)."""

from __future__ import annotations

from quizapp.quiz.answers import answer_key
from quizapp.quiz.grading import SelfGrade, grade, grade_flashcard, options_for_lines
from quizapp.quiz.model import Difficulty, Question, QuestionKind, Text

CODE = """package main

type T struct{ n int }

func f() *int {
	x := 1
	y := 2
	p := &y
	_ = *p
	return &x
}

func g() int {
	t := &T{n: 1}
	return t.n
}

func main() { _, _ = f(), g() }
"""
T_ = Text("t", "题")


def q(kind: QuestionKind, **kw) -> Question:  # noqa: ANN003
    return Question("q", kind, Difficulty.EASY, T_, T_, ["sharing-up"], CODE, **kw)


def test_where_default_sites_and_grading() -> None:
    question = q(QuestionKind.WHERE)
    key = answer_key(question)
    assert [s.key for s in key.sites] == ["x@6:2", "y@7:2", "&T{...}@14:7"]
    right = {"x@6:2": "heap", "y@7:2": "stack", "&T{...}@14:7": "stack"}
    g = grade(question, key, right)
    assert g.correct and g.score == 1.0
    wrong = dict(right, **{"x@6:2": "stack"})
    g = grade(question, key, wrong)
    assert not g.correct and round(g.score, 2) == 0.67
    assert [r.key for r in g.sites if not r.correct] == ["x@6:2"]


def test_lines_grading() -> None:
    question = q(QuestionKind.LINES, distractors=["7:2: moved to heap: y"])
    key = answer_key(question)
    assert key.lines == ["6:2: moved to heap: x", "14:7: &T{...} does not escape"]
    assert options_for_lines(question, key) == [
        "6:2: moved to heap: x", "7:2: moved to heap: y", "14:7: &T{...} does not escape"]
    assert grade(question, key, set(key.lines)).correct
    g = grade(question, key, {"6:2: moved to heap: x", "7:2: moved to heap: y"})
    assert not g.correct and g.missed_lines == ["14:7: &T{...} does not escape"]
    assert g.wrong_lines == ["7:2: moved to heap: y"]


def test_why_grading() -> None:
    question = q(QuestionKind.WHY, why_site="x", choices=["sharing-up", "goroutine"])
    key = answer_key(question)
    assert key.why == "sharing-up"
    assert grade(question, key, "sharing-up").correct
    assert not grade(question, key, "goroutine").correct


def test_flashcard_self_grade() -> None:
    assert grade_flashcard(SelfGrade.GOOD).correct
    assert not grade_flashcard(SelfGrade.AGAIN).correct
    assert grade_flashcard(SelfGrade.HARD).correct          # remembered with effort, as in FSRS
