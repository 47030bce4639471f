"""Explanations of gc's messages: both languages, recognised by shape, for the common kinds."""

from __future__ import annotations

import re

from quizapp.quiz.compile_help import HELP, help_for
from tests.analysis.check.invalid_util import expected_lines, invalid_programs, kind_of

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_explanation_has_english_and_chinese() -> None:
    for h in HELP:
        assert h.en and not CJK.search(h.en), h.kind
        assert CJK.search(h.zh), h.kind
    assert len({h.kind for h in HELP}) == len(HELP)


def test_the_corpus_messages_are_explained() -> None:
    """Nearly every first error of the invalid corpus (gc's own words) gets an explanation."""
    firsts = [expected_lines(p)[0].split(": ", 1)[-1] for p in invalid_programs()]
    explained = sum(help_for(m) is not None for m in firsts)
    assert explained / len(firsts) >= 0.95


def test_a_kind_of_mistake_gets_its_explanation() -> None:
    wanted = {"unused-var": {"unused-var"}, "unused-import": {"unused-import"},
              "missing-return": {"missing-return"},
              "map-field": {"map-field", "assign"},   # gc words a nested field as any assignment
              "string-assign": {"assign"}, "recursive-type": {"recursive"}, "go-defer": {"go-defer"},
              "assign-count": {"count"}, "arg-count": {"count"}, "directive": {"directive"}}
    for p in invalid_programs():
        kind = kind_of(p)
        if kind in wanted:
            h = help_for(expected_lines(p)[0].split(": ", 1)[-1])
            assert h is not None and h.kind in wanted[kind], (p.name, h and h.kind)


def test_gc_words_that_name_a_specific_mistake_get_their_own_explanation() -> None:
    """Messages whose cause is not the common one of their family (a pointer to an interface is not
    a pointer receiver; print's operands are not a type mismatch)."""
    iface = ("cannot use &err (value of type *error) as error value in argument to errors.Is: "
             "*error does not implement error (type *error is pointer to interface, not interface)")
    assert help_for(iface).kind == "interface-pointer"
    assert help_for("illegal types for operand: println\n\tstruct {}").kind == "print-operand"
