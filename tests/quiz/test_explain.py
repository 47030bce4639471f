"""Learner text: site names that tell a variable from its box, honest sentences, whole-expression spans."""

from __future__ import annotations

from quizapp.analysis import Verdict, analyze
from quizapp.quiz import spans
from quizapp.quiz.explain import (answer_blocks, flow_sentences, join, principle_lines, site_label,
                                  verdict_sentence)

SQUARE = """package main

import "fmt"

func main() {
	n := 4
	n2 := square(n)
	fmt.Println(n2)
}

func square(n int) int {
	return n * n
}
"""

DEFER_LOOP = """package main

type File struct{ closed bool }

func (f *File) Close() { f.closed = true }

func main() {
	for _, name := range []string{"a", "b"} {
		f := File{}
		_ = name
		defer f.Close()
	}
}
"""

CLOSURES = """package main

var g func() int

func main() {
	g = func() int { return 2 }
	x := 3
	h := func() int { return x }
	println(h())
}
"""


def sites(code: str) -> dict[str, object]:
    return {s.key: s for s in analyze(code).sites}


def by(code: str, name: str, line: int):  # noqa: ANN201
    return next(s for s in analyze(code).sites if s.name == name and s.pos.line == line)


def test_a_box_is_named_apart_from_its_variable() -> None:
    var, box, ddd = by(SQUARE, "n2", 7), by(SQUARE, "n2", 8), by(SQUARE, "... argument", 8)
    assert site_label(var, "en", SQUARE) == "n2 (line 7)"
    assert site_label(box, "en", SQUARE) == "n2, boxed for fmt.Println (line 8)"
    assert site_label(ddd, "en", SQUARE) == "fmt.Println's ... argument (line 8)"
    assert site_label(box, "zh", SQUARE) == "为 fmt.Println 装箱的 n2（第 8 行）"
    assert site_label(ddd, "zh", SQUARE) == "fmt.Println 的 ... 参数（第 8 行）"


def test_highlight_covers_the_whole_expression() -> None:
    lines = SQUARE.split("\n")
    for name, line, text in (("n2", 8, "n2"), ("... argument", 8, "(n2)"), ("n2", 7, "n2")):
        sp = spans.span(SQUARE, by(SQUARE, name, line))
        assert sp is not None and lines[sp.line - 1][sp.col - 1:sp.end_col - 1] == text


def test_sentences_name_the_real_reason_and_no_temporaries() -> None:
    f = next(s for s in analyze(DEFER_LOOP).sites if s.name == "f" and s.kind.value == "variable")
    assert f.verdict is Verdict.HEAP
    sentence = verdict_sentence(f, "en", DEFER_LOOP)
    assert "outlives" not in sentence and "defer" in sentence
    flow = " ".join(flow_sentences(f, "en") + flow_sentences(f, "zh"))
    assert ".autotmp" not in flow and "autotmp" not in sentence


def test_a_site_on_the_stack_gets_no_escape_flow() -> None:
    ddd = by(SQUARE, "... argument", 8)
    assert ddd.verdict is Verdict.STACK
    assert flow_sentences(ddd, "en") == []
    assert "does not escape" in verdict_sentence(ddd, "en", SQUARE)


def test_a_closure_that_captures_nothing_is_not_explained_by_capturing() -> None:
    a = analyze(CLOSURES)
    static = next(s for s in a.sites if s.alloc == "funclit" and s.pos.line == 6)
    capturing = next(s for s in a.sites if s.alloc == "funclit" and s.pos.line == 8)
    assert spans.captures(CLOSURES, static, a.sites) is False
    assert spans.captures(CLOSURES, capturing, a.sites) is True
    titles = [t for t, _ in principle_lines(static, "en", CLOSURES, a.sites)]
    assert "Closures capture variables" not in titles
    assert "captures no variables" in verdict_sentence(static, "en", CLOSURES, a.sites)


def test_chinese_lists_and_model_answers() -> None:
    assert join(["向上共享会逃逸", "值被复制，指针被共享"], "zh") == "向上共享会逃逸、值被复制，指针被共享"
    assert answer_blocks("Intro.\n\n1. One. 2. Two.\n- three") == [
        ("p", "Intro."), ("li", "One."), ("li", "Two."), ("li", "three")]


def test_the_last_flow_item_is_a_sentence_naming_the_site() -> None:
    src = "package main\n\ntype P struct{ x int }\n\nfunc newP() *P {\n\tp := P{1}\n\treturn &p\n}\n\n" \
          "func main() { _ = newP() }\n"
    p = next(s for s in analyze(src).sites if s.name == "p" and s.kind.value == "variable")
    for lang, end in (("en", "."), ("zh", "。")):
        flow = flow_sentences(p, lang)
        assert flow, p.flow
        assert not flow[-1].startswith("→") and p.name in flow[-1] and flow[-1].endswith(end)


def test_the_why_speaks_of_escaping_and_leaves_allocation_to_the_run_time_note() -> None:
    """gc decides where a value may live; whether Go allocates at run time (nothing for a
    small integer from its static table) is the run-time note's to say, so the verdict and the
    flow never claim an allocation."""
    for s in analyze(SQUARE).sites:
        if s.verdict is not Verdict.HEAP:
            continue
        for lang in ("en", "zh"):
            text = " ".join([verdict_sentence(s, lang, SQUARE), *flow_sentences(s, lang)])
            assert "allocat" not in text and "分配" not in text, text
        assert "escapes to the heap" in verdict_sentence(s, "en", SQUARE)


APPENDED = """package main

import "fmt"

type Item struct {
	Name string
}

func main() {
	var items []*Item
	for _, name := range []string{"pen", "ink"} {
		items = append(items, &Item{Name: name})
	}
	fmt.Println(len(items))
}
"""


def test_an_appended_pointer_escapes_though_its_slice_stays_on_the_stack() -> None:
    """The short why must not say the slice escapes when the analysis keeps it on the stack."""
    a = analyze(APPENDED)
    item = next(s for s in a.sites if s.name == "&Item{...}")
    backing = next(s for s in a.sites if s.name == "append")
    assert item.verdict is Verdict.HEAP and backing.verdict is Verdict.STACK
    said = verdict_sentence(item, "en", APPENDED, a.sites)
    assert "slice or map itself stays on the stack" in said and "that escapes" not in said
    assert "留在栈上" in verdict_sentence(item, "zh", APPENDED, a.sites)
