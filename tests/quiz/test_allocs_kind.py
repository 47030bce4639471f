"""The allocs question kind: loading, keys from the trace, validation, grading, sessions, Go's count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.quiz.answers import KeyError_, answer_key
from quizapp.quiz.grading import grade
from quizapp.quiz.loader import builtin_dir, load_pack
from quizapp.quiz.model import QuestionKind
from quizapp.quiz.session import QuizSession
from quizapp.quiz.validate import validate

HEADER = """format = {fmt}
id = "t.allocs"
version = "1"
title = {{ en = "T", zh = "测试" }}
authors = ["t"]
"""
QUESTION = '''
[[questions]]
id = "q"
kind = "allocs"
{function}
difficulty = "easy"
principles = ["sharing-up"]
title = {{ en = "T", zh = "测试" }}
prompt = {{ en = "How many?", zh = "几次？" }}
explanation = {{ en = "Because.", zh = "因为。" }}
code = """
{code}"""
'''
GOOD = """package main

type T struct{ a, b int }

func make2(n int) (*T, []int) {
	return &T{n, n}, make([]int, n)
}

func main() {
	for i := 0; i < 3; i++ {
		t, s := make2(10)
		println(t.a, len(s))
	}
}
"""


def write(tmp: Path, code: str = GOOD, function: str = 'function = "make2"', fmt: int = 2) -> Path:
    p = tmp / "p.toml"
    p.write_text(HEADER.format(fmt=fmt) + QUESTION.format(function=function, code=code), encoding="utf-8")
    return p


def problems(path: Path) -> list[str]:
    return [p.message for p in validate([path]).problems]


def test_loads_with_its_function(tmp_path: Path) -> None:
    pack, probs = load_pack(write(tmp_path))
    assert probs == [] and pack is not None
    q = pack.questions[0]
    assert q.kind is QuestionKind.ALLOCS and q.function == "make2"


def test_format_1_and_missing_or_misplaced_function_are_problems(tmp_path: Path) -> None:
    _, probs = load_pack(write(tmp_path, fmt=1))
    assert any("needs format = 2" in p.message for p in probs)
    _, probs = load_pack(write(tmp_path, function=""))
    assert any(p.field == "function" and "missing" in p.message for p in probs)
    where = write(tmp_path).read_text(encoding="utf-8").replace('kind = "allocs"', 'kind = "where"')
    (tmp_path / "w.toml").write_text(where, encoding="utf-8")
    _, probs = load_pack(tmp_path / "w.toml")
    assert any("only allocs questions name a function" in p.message for p in probs)


def test_validate_accepts_a_countable_function(tmp_path: Path) -> None:
    assert problems(write(tmp_path)) == []


def test_validate_refuses_what_the_trace_cannot_count(tmp_path: Path) -> None:
    never = problems(write(tmp_path, function='function = "nothere"'))
    assert any("never called" in m and "make2" in m for m in never)
    varying = GOOD.replace("make2(10)", "make2(i * 10)")       # make2(0) allocates no array
    assert any("different numbers of times" in m for m in problems(write(tmp_path, varying)))
    library = GOOD.replace("return &T{n, n}", 'println(strconv.Itoa(n))\n\treturn &T{n, n}').replace(
        "package main\n", 'package main\n\nimport "strconv"\n')
    assert any("standard library (strconv.Itoa)" in m for m in problems(write(tmp_path, library)))


def test_grading_compares_the_count_with_the_trace(tmp_path: Path) -> None:
    pack, _ = load_pack(write(tmp_path))
    q = pack.questions[0]
    key = answer_key(q)
    assert key.allocs is not None and key.calls is not None
    assert key.calls.per_call == [key.allocs] * 3           # main calls it three times
    assert grade(q, key, key.allocs).correct
    wrong = grade(q, key, key.allocs + 1)
    assert not wrong.correct and wrong.score == 0 and wrong.expected_allocs == key.allocs
    assert not grade(q, key, None).correct
    # the sites shown are the allocations the calls made
    assert {s.name for s in key.sites} == {"&T{...}", "make([]int, n)"}


def test_session_records_and_restores_the_count(tmp_path: Path) -> None:
    pack, _ = load_pack(write(tmp_path))
    s = QuizSession(pack)
    assert not s.can_submit()
    s.count_allocs(5)
    assert s.can_submit()
    given = json.dumps(s.current.given())
    g = s.submit()
    assert g is not None
    s2 = QuizSession(pack)
    assert s2.restore("q", given, 3.0, 0)
    assert s2.current.allocs == 5 and s2.current.grade.correct == g.correct
    assert not QuizSession(pack).restore("q", json.dumps({"allocs": "many"}), 1.0, 0)


def test_builtin_pack_has_eight_bilingual_allocs_questions() -> None:
    pack, probs = load_pack(builtin_dir() / "allocations.toml")
    assert probs == [] and pack is not None
    qs = [q for q in pack.questions if q.kind is QuestionKind.ALLOCS]
    assert len(qs) >= 8
    counts = {answer_key(q).allocs for q in qs}
    assert len(counts) >= 3              # not one number for every question


def test_no_key_for_a_program_that_cannot_run(tmp_path: Path) -> None:
    pack, _ = load_pack(write(tmp_path, GOOD.replace("for i := 0; i < 3; i++", "for i := 0; ; i++")))
    with pytest.raises(KeyError_, match="cannot be run"):
        answer_key(pack.questions[0])


@pytest.mark.go
def test_builtin_counts_agree_with_allocs_per_run(go: str) -> None:
    """A fixed sample of the built-in allocs questions against testing.AllocsPerRun (all: the bench)."""
    from bench.runtime_notes import check_count
    pack, _ = load_pack(builtin_dir() / "allocations.toml")
    sample = [q for q in pack.questions if q.id in ("counter-closure", "make-runtime-size", "small-box")]
    assert len(sample) == 3
    for q in sample:
        c = check_count(q.id, q, go)
        assert c.verdict == "agrees", c


def test_no_key_for_a_function_boxing_a_clock_span(tmp_path: Path) -> None:
    """Whether Go boxes a few nanoseconds for free depends on the real machine: no count."""
    code = """package main

import "time"

var sink any

func lap(d time.Duration) {
	sink = d
}

func main() {
	lap(time.Since(time.Now()))
}
"""
    pack, _ = load_pack(write(tmp_path, code, 'function = "lap"'))
    with pytest.raises(KeyError_, match="clock"):
        answer_key(pack.questions[0])
