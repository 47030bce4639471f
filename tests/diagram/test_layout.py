"""Memory diagrams as data (no Qt): the article's programs, step by step."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze
from quizapp.diagram.layout import DiagramError, build, text_rects

SQUARE = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := 4\n\tn2 := square(n)\n\tfmt.Println(n2)\n}\n\nfunc square(n int) int {\n\treturn n * n\n}\n'
INCREASE = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := 4\n\tincrease(&n)\n\tfmt.Println(n)\n}\n\nfunc increase(i *int) {\n\t*i++\n}\n'
INIT = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := initValue()\n\tfmt.Println(*n / 2)\n}\n\nfunc initValue() *int {\n\ti := 4\n\treturn &i\n}\n'


def steps(src: str, entry: str = "main"):  # noqa: ANN201
    return build(analyze(src), entry).steps


def frames(s):  # noqa: ANN001, ANN201
    return [(f.func, f.invalid, {sl.name: sl.value for sl in f.slots}) for f in s.frames]


def test_square_frames_values_and_invalid_frame() -> None:
    st = steps(SQUARE)
    assert [s.title for s in st] == ["enter main", "call square", "square returns", "return from square",
                                     "call fmt.Println", "end of main"]
    assert frames(st[1]) == [("main", False, {"n": "4", "n2": "?"}), ("square", False, {"n": "4"})]
    ret = st[3]
    assert ret.sp == 1 and ret.frames[1].func == "square" and ret.frames[1].invalid
    assert frames(st[4])[0][2] == {"n": "4", "n2": "16"}
    assert st[4].frames[1].func == "fmt.Println"   # the next call takes square's place
    assert st[3].sp_y < st[2].sp_y                 # the stack pointer moved back up


def test_increase_shares_down() -> None:
    st = steps(INCREASE)
    call = st[1]
    (_, _, main_slots), (_, _, inc_slots) = frames(call)
    main_n = call.frames[0].slots[0]
    assert inc_slots["i"] == main_n.address         # i holds n's address
    assert [a.kind for a in call.arrows] == ["sharing-down"]
    assert frames(st[-1])[0][2]["n"] == "5"


def test_init_value_moves_i_to_the_heap_and_shows_what_if() -> None:
    st = steps(INIT)
    after = next(s for s in st if s.title == "call fmt.Println")
    assert [h.label for h in after.heap] == ["i"] and after.heap[0].value == "4"
    assert after.heap[0].reason == "sharing-up"
    assert [a.kind for a in after.arrows] == ["sharing-up"]
    w = after.what_if
    assert w is not None and w.heap == []
    assert [a.kind for a in w.arrows] == ["dangling"]
    ghost = next(f for f in w.frames if f.func == "initValue")
    assert ghost.invalid and ghost.slots[0].value == "4"
    assert any(f.overwrites and f.func == "fmt.Println" for f in w.frames)


def test_no_arrow_crosses_text() -> None:
    for src in (SQUARE, INCREASE, INIT):
        for s in steps(src):
            for snap in (s, s.what_if):
                if snap is None:
                    continue
                rects = text_rects(snap)
                for a in snap.arrows:
                    for p, q in zip(a.points, a.points[1:]):
                        assert not any(r.intersects_segment(p, q) for r in rects), (snap.title, a)


def test_entry_function_and_unknown_function() -> None:
    st = steps(SQUARE, entry="square")
    assert st[0].title == "enter square"
    with pytest.raises(DiagramError, match="no function 'nope'"):
        steps(SQUARE, entry="nope")


def test_loops_and_recursion_are_simplified() -> None:
    src = ('package main\n\nfunc rec(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn rec(n - 1)\n}\n\n'
           'func main() {\n\tt := 0\n\tfor i := 0; i < 3; i++ {\n\t\tt += i\n\t}\n\t_ = rec(10) + t\n}\n')
    m = build(analyze(src))
    assert any("loops" in s for s in m.simplifications)
    assert any("recursion" in s for s in m.simplifications)
