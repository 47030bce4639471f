"""An interface variable is drawn as its two words (dynamic type | data); every nil map, slice,
pointer, channel and function is marked nil alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.diagram.layout import layout_step, scene_texts_overlap
from quizapp.diagram.model import build


IFACES = """package main

import "fmt"

type T struct{ X, Y int }

type E struct{}

func (E) Error() string { return "e" }

type Buf []byte

func main() {
\tvar p *T
\tvar a any = p
\tvar b any
\tarr := [3]int{1, 2, 3}
\tvar c any = &arr[1]
\tvar h any = T{3, 4}
\tvar er error = E{}
\tvar q any = &T{5, 6}
\tvar nm map[string]int
\tvar im any = nm
\tm := map[string]int{}
\tvar ns []byte
\tes := []byte{}
\tms := make([]int, 0)
\tzs := ns[0:0]
\tvar nb Buf
\tvar nc chan int
\tvar nf func() int
\tpi := new(int)
\tci := make(chan int, 1)
\tfi := func() int { return 1 }
\tsn := "<nil>"
\tfmt.Printf("%T %T %T %T %T %T %T\\n", a, b, c, h, er, q, im)
\tfmt.Println(m == nil, nm == nil, ns == nil, es == nil, ms == nil, zs == nil)
\tfmt.Println(nb == nil, nc == nil, nf == nil, pi, ci, fi != nil, sn)
}
"""
IFACE_VARS = ["a", "b", "c", "h", "er", "q", "im"]


def _at_print():  # noqa: ANN202
    m = build(analyze(IFACES), source=IFACES)
    i = next(i for i, r in enumerate(m.trace.steps) if r.event == "call" and r.detail == "fmt.Printf")
    view = m.view(i)
    return view, layout_step(view)


def _main(scene):  # noqa: ANN001, ANN202
    return next(b for b in scene.boxes if b.kind == "frame" and b.texts[0].whole.startswith("main "))


def _row_texts(box, name: str) -> list:  # noqa: ANN001
    row = box.rows[name]
    return [t for t in box.texts if row.y <= t.rect.y + t.rect.h / 2 <= row.bottom]


@pytest.mark.go
def test_each_interface_shows_its_dynamic_type_as_go_prints_it(tmp_path: Path) -> None:
    from quizapp.gotool import build_program, run_program
    built = build_program(IFACES, tmp_path / "prog")
    assert built.ok, built.stderr
    want = run_program(tmp_path / "prog").stdout.decode().splitlines()[0].split()
    _, scene = _at_print()
    main = _main(scene)
    got = [[t.whole for t in _row_texts(main, n) if t.role == "itype"] for n in IFACE_VARS]
    assert got == [[w if w != "<nil>" else "nil"] for w in want]


def test_an_interface_is_two_cells_and_its_data_word_points_to_the_value() -> None:
    view, scene = _at_print()
    main = _main(scene)
    assert not scene_texts_overlap(scene)
    for name in IFACE_VARS:
        row = main.rows[name]
        cells = [c for c in main.cells if row.y <= c.y and c.bottom <= row.bottom]
        assert len(cells) == 2, name                       # type | data, side by side in the value column
        left, right = sorted(cells, key=lambda c: c.x)
        assert left.right <= right.x and right.right <= main.rect.right
        texts = _row_texts(main, name)
        assert any(t.role == "itype" and left.x <= t.rect.x and t.rect.right <= left.right for t in texts)
        assert any(t.role == "value" and right.x <= t.rect.x and t.rect.right <= right.right for t in texts)
    var = {v.name: v for f in view.frames() for v in f.vars}
    h_arrows = [a for a in scene.arrows if a.source == "h"]
    assert [a.target for a in h_arrows] == var["h"].points_to != []          # to its box
    row = main.rows["h"]
    assert row.y <= h_arrows[0].points[0][1] <= row.bottom
    assert not [a for a in scene.arrows if a.source == "b"]                # nil: nothing to point to
    # a variable that is not an interface keeps one cell
    assert not [c for c in main.cells if main.rows["arr"].y <= c.y < main.rows["arr"].bottom]


def test_a_nil_map_is_marked_nil_and_an_empty_one_is_not() -> None:
    view, scene = _at_print()
    main = _main(scene)
    marks = {n: [t for t in _row_texts(main, n) if t.role == "nil"] for n in ("nm", "m", "im")}
    assert len(marks["nm"]) == 1 and marks["m"] == []
    assert len(marks["im"]) == 1                            # a nil map inside an interface too
    values = {n: next(t.whole for t in _row_texts(main, n) if t.role == "value") for n in ("nm", "m")}
    assert values == {"nm": "map[]", "m": "map[]"}         # what Go prints for both, kept
    assert not scene_texts_overlap(scene)


def test_a_nil_slice_is_marked_nil_and_an_empty_one_is_not() -> None:
    """Go prints both ``[]``: ns and zs (a slice of a nil slice) are nil, es and ms are not."""
    _, scene = _at_print()
    main = _main(scene)
    marks = {n: [t.full for t in _row_texts(main, n) if t.role == "nil"] for n in ("ns", "es", "ms", "zs", "nb")}
    assert marks == {"ns": ["nil slice"], "es": [], "ms": [], "zs": ["nil slice"], "nb": ["nil slice"]}
    assert not scene_texts_overlap(scene)


def test_nil_pointers_channels_and_functions_are_marked_as_nil_maps_are() -> None:
    """Go prints them ``<nil>``; the mark sets them apart as it does a nil map, and says what
    using each does. A non-nil one, a nil interface (its type word says nil) and a string
    that reads "<nil>" get none."""
    _, scene = _at_print()
    main = _main(scene)
    names = ("p", "nc", "nf", "a", "pi", "ci", "fi", "b", "sn")
    marks = {n: [t.full for t in _row_texts(main, n) if t.role == "nil"] for n in names}
    assert marks == {"p": ["nil pointer"], "nc": ["nil channel"], "nf": ["nil func"],
                     "a": ["nil pointer"],        # the data word of an interface holding a nil *T
                     "pi": [], "ci": [], "fi": [], "b": [], "sn": []}
    values = {n: next(t.whole for t in _row_texts(main, n) if t.role == "value") for n in ("p", "nc", "nf")}
    assert values == {"p": "<nil>", "nc": "<nil>", "nf": "<nil>"}     # Go's words kept beside the mark
    assert not scene_texts_overlap(scene)


def test_the_marks_are_drawn_and_explained_in_the_interface_language(lang) -> None:  # noqa: ANN001
    from quizapp.diagram.render import shown, tooltip, to_image
    _, scene = _at_print()
    main = _main(scene)
    nil = next(t for t in _row_texts(main, "nm") if t.role == "nil")
    itype = next(t for t in _row_texts(main, "q") if t.role == "itype")
    assert shown(nil)[0] == "nil" and shown(itype)[0] == "*main.T"      # Go's words, in both languages
    tips = tooltip(nil), tooltip(itype)
    others = [tooltip(next(t for t in _row_texts(main, n) if t.role == "nil")) for n in ("ns", "p", "nc", "nf")]
    if lang == "zh":
        assert "map[]" in tips[0] and "空" in tips[0] and "动态类型" in tips[1] and "*main.T" in tips[1]
        assert [o.split("：")[0] for o in others] == ["nil 切片", "nil 指针", "nil 通道", "nil 函数值"]
    else:
        assert "nil map" in tips[0] and "dynamic type" in tips[1] and "*main.T" in tips[1]
        assert [o.split(":")[0] for o in others] == ["a nil slice", "a nil pointer", "a nil channel",
                                                     "a nil function value"]
    img = to_image(scene)
    from PySide6.QtGui import QColor
    left, right = sorted((c for c in main.cells if main.rows["q"].y <= c.y < main.rows["q"].bottom),
                         key=lambda c: c.x)
    # the cells' borders are drawn: the line between them differs from the frame's fill beside it
    x, y = int(right.x), int((right.y + right.bottom) / 2)
    assert QColor(img.pixel(x, y)) != QColor(img.pixel(x - 3, y - 5))


def test_a_value_with_a_newline_stays_on_its_row(qapp) -> None:  # noqa: ANN001
    from quizapp.diagram.render import shown
    _, scene = _at_print()
    fmt = next(t for t in scene.texts() if t.role == "value" and t.whole.startswith("%T"))
    assert "\n" in fmt.whole and "\n" not in shown(fmt)[0] and shown(fmt)[0].startswith("%T %T")


BOXED_UNTYPED = """package main

import "fmt"

func main() {
\tm := map[string]int{}
\tfmt.Printf("%T %T %T\\n", m == nil, 'x', 1.5)
}
"""


@pytest.mark.go
def test_a_boxed_untyped_value_has_the_type_go_gives_it(tmp_path: Path) -> None:
    from quizapp.gotool import build_program, run_program
    built = build_program(BOXED_UNTYPED, tmp_path / "prog")
    assert built.ok, built.stderr
    want = run_program(tmp_path / "prog").stdout.decode().split()
    m = build(analyze(BOXED_UNTYPED), source=BOXED_UNTYPED)
    i = next(i for i, r in enumerate(m.trace.steps) if r.event == "call" and r.detail == "fmt.Printf")
    boxes = sorted((o for o in m.view(i).heap if o.site), key=lambda o: o.site.split("@")[1])
    assert [o.type for o in boxes if "..." not in o.label] == want
