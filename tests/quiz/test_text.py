"""Pack texts: code spans in code font, prose for the glossary, paragraphs."""

from __future__ import annotations

from quizapp.quiz.grading import why_choices
from quizapp.quiz.model import Difficulty, Question, QuestionKind, Text
from quizapp.quiz.text import plain, prose, spans, to_html


def test_code_spans_are_cut_out_in_order() -> None:
    assert spans("x is `moved to heap: x` here") == [
        (False, "x is "), (True, "moved to heap: x"), (False, " here")]
    assert spans("no code") == [(False, "no code")]
    assert spans("a `b` `c`") == [(False, "a "), (True, "b"), (False, " "), (True, "c")]


def test_prose_drops_code_and_plain_drops_backticks() -> None:
    t = "闭包（`func literal escapes to heap`）逃逸"
    assert prose(t) == "闭包（ ）逃逸"
    assert plain(t) == "闭包（func literal escapes to heap）逃逸"


def test_html_escapes_and_uses_code_font() -> None:
    assert to_html("`a < b` & c") == "<code>a &lt; b</code> &amp; c"
    assert to_html("one\ntwo") == "one<br>two"
    assert to_html("one\n\ntwo") == "<p>one</p><p>two</p>"
    # an unpaired backtick is shown as it is
    assert to_html("raw ` tick") == "raw ` tick"


def _why(qid: str, choices: list[str]) -> Question:
    return Question(id=qid, kind=QuestionKind.WHY, difficulty=Difficulty.EASY, title=Text("t", "题"),
                    prompt=Text("p", "问"), principles=["sharing-up"], choices=choices)


def test_why_choices_are_stable_and_not_the_authors_order() -> None:
    choices = ["sharing-up", "sharing-down", "global-store", "closure-capture"]
    order = why_choices(_why("q1", choices))
    assert sorted(order) == sorted(choices)
    assert order == why_choices(_why("q1", list(reversed(choices))))
    firsts = {why_choices(_why(f"q{i}", choices))[0] for i in range(40)}
    assert len(firsts) == len(choices)
