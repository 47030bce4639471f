"""Pack texts: code spans in code font, prose for the glossary, paragraphs."""

from __future__ import annotations

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
