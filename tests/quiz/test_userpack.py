"""Save as question: a draft from a program, edited, appended to a user pack that validates."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.quiz.errors import QuizError
from quizapp.quiz.model import BuildFlags, QuestionKind, Text
from quizapp.quiz.userpack import draft_for, save_question, user_packs
from quizapp.quiz.validate import validate

PROGRAM = """package main

import "fmt"

func f() *int {
	x := 42
	y := 1
	p := &y
	_ = *p
	return &x
}

func main() { fmt.Println(*f()) }
"""


def test_a_draft_asks_the_default_sites_and_saves_a_valid_pack(tmp_path: Path) -> None:
    d = draft_for(PROGRAM)
    assert [s.key.split("@")[0] for s in d.ticked()] == ["x", "y"]
    d.title = Text("Two locals", "两个局部变量")
    d.prompt = Text('Where do "x" and y live?', "x 和 y 在哪里？")
    path, qid = save_question(tmp_path, d, new_title=Text("Class 3", "第三课"))
    assert qid == "q1" and path.parent == tmp_path
    report = validate([path])
    assert report.problems == []
    (pack,) = report.packs
    q = pack.question("q1")
    assert q is not None and q.title.en == "Two locals" and q.prompt.en == 'Where do "x" and y live?'
    assert pack.category.value == "custom" and pack.format == 2
    d2 = draft_for(PROGRAM)
    d2.kind = QuestionKind.WHY
    path2, qid2 = save_question(tmp_path, d2, target=path)
    d3 = draft_for(PROGRAM)
    d3.kind = QuestionKind.LINES
    _, qid3 = save_question(tmp_path, d3, target=path)
    report = validate([path])
    assert report.problems == [] and [q.id for q in report.packs[0].questions] == ["q1", qid2, qid3]
    assert [u.pack.id for u in user_packs(tmp_path)] == [pack.id]


def test_bad_drafts_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(QuizError, match="does not compile"):
        draft_for("package main\n\nfunc main() { x := }\n")
    d = draft_for(PROGRAM)
    d.title = Text("T", "title in English")
    for s in d.sites:
        s.ticked = False
    with pytest.raises(QuizError) as err:
        save_question(tmp_path, d)
    assert "no Chinese characters" in str(err.value) and "tick at least one site" in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_a_draft_in_the_default_build_saves_into_a_default_build_pack(tmp_path: Path) -> None:
    """The sandbox with inlining on: the question is graded in the default build, where f is
    inlined into main and its copy of x stays where the call is."""
    d = draft_for(PROGRAM, BuildFlags.DEFAULT)
    assert d.build is BuildFlags.DEFAULT
    d.title, d.prompt = Text("Inlined", "内联"), Text("Where?", "在哪里？")
    path, qid = save_question(tmp_path, d, new_title=Text("Inlining", "内联"))
    report = validate([path])
    assert report.problems == []
    (pack,) = report.packs
    assert pack.flags == "-m" and pack.question(qid).build is BuildFlags.DEFAULT
    lpath, _ = save_question(tmp_path, _titled(draft_for(PROGRAM)),
                             new_title=Text("Off", "关闭"))
    with pytest.raises(QuizError, match="graded with -m -l"):
        save_question(tmp_path, _titled(draft_for(PROGRAM, BuildFlags.DEFAULT)), target=lpath)


def _titled(d):  # noqa: ANN001, ANN202
    d.title, d.prompt = Text("T", "题"), Text("Where?", "在哪里？")
    return d


def test_a_why_question_in_the_default_build_is_keyed_with_inlining(tmp_path: Path) -> None:
    """f's x is moved to the heap with -l; in main's copy it is not: the why answer is inlining."""
    d = _titled(draft_for(PROGRAM, BuildFlags.DEFAULT))
    copy = next(s for s in d.sites if s.principle == "inlining")
    d.kind, d.why_site = QuestionKind.WHY, copy.key
    path, qid = save_question(tmp_path, d, new_title=Text("Why", "为什么"))
    report = validate([path])
    assert report.problems == []
    assert report.packs[0].question(qid).choices[0] == "inlining"
