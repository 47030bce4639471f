"""What is garbage: package-level variables are roots (drawn apart, as static data), and what
Go never allocated (a small value from its static table) is never garbage."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.diagram.layout import layout_step
from quizapp.diagram.model import build
from quizapp.run.allocs import no_alloc

GLOBALS = """package main

var g *int

type Config struct {
	Host string
	Port int
}

var active *Config

func set() {
	x := 500
	g = &x
	active = &Config{Host: "localhost", Port: 8080}
}

func main() {
	set()
	println(*g)
	println(active.Host, active.Port)
}
"""

SMALL = """package main

import "fmt"

func main() {
	n := 7
	fmt.Println(n)
	m := n + 1
	fmt.Println(m * 100)
	println(m)
}
"""


def test_what_only_a_global_points_to_is_live_and_drawn_with_its_arrow() -> None:
    m = build(analyze(GLOBALS), source=GLOBALS)
    last = next(i for i in reversed(range(m.count)) if m.trace.steps[i].line == 21)
    view = m.view(last)
    live = {o.label: o for o in view.heap}
    assert {"x", "&Config{...}"} <= set(live) and not any(o.garbage for o in live.values())
    assert view.globals is not None and [v.name for v in view.globals.vars] == ["g", "active"]
    assert all(v.where == "static" for v in view.globals.vars)
    targets = {v.name: v.points_to for v in view.globals.vars}
    assert targets == {"g": [live["x"].id], "active": [live["&Config{...}"].id]}
    scene = layout_step(view)
    statics = [b for b in scene.boxes if b.kind == "statics"]
    assert len(statics) == 1
    stack_top = min(b.rect.y for b in scene.boxes if b.kind == "frame")
    assert statics[0].rect.bottom < stack_top                      # above every stack
    heading = next(t for t in scene.labels if t.text == "Stack")
    assert statics[0].rect.bottom < heading.rect.y < stack_top       # not under the stacks' heading
    assert {a.target for a in scene.arrows if a.source in ("g", "active")} == {live["x"].id, live["&Config{...}"].id}


def test_a_program_without_globals_draws_none() -> None:
    m = build(analyze(SMALL), source=SMALL)
    assert m.view(m.count - 2).globals is None


def test_what_go_never_allocated_is_never_garbage() -> None:
    m = build(analyze(SMALL), source=SMALL)
    free_seen = False
    for i in range(m.count):
        for o in m.view(i).heap:
            if no_alloc(o.note or ""):
                free_seen = True
                assert not o.garbage, (i, o.label, o.note)
    assert free_seen                  # the program has such a box (n's, for fmt.Println)


RETPTR = """package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}

func main() {
	q := newPoint(1, 2)
	q.X = 5
	fmt.Println(q.X)
}
"""


def test_a_local_of_an_inlined_call_stays_in_the_caller_s_frame_after_it() -> None:
    """With inlining on, newPoint's p never escapes: gc gives it a slot in main's frame, so
    after the inlined call q still points there, to the value the program changes."""
    a = analyze(RETPTR, inline=True)
    assert "stack" in [s.verdict.value for s in a.sites if s.name == "p" and s.inlined_call]   # main's copy
    m = build(analyze(RETPTR), source=RETPTR, default=a)
    i = next(i for i, s in enumerate(m.trace.steps) if s.line == 15)      # fmt.Println(q.X)
    view = m.view(i)
    q = next(v for f in view.frames() for v in f.vars if v.name == "q")
    (target,) = q.points_to
    kept = {o.id: o for o in view.stack_objects}
    assert target in kept and kept[target].value == "{X:5 Y:2}" and kept[target].where == "stack"
    scene = layout_step(view)
    assert any(a.source == "q" and a.target == target for a in scene.arrows)


CHANNEL = """package main

func main() {
	ch := make(chan int, 3)
	ch <- 30
	ch <- 40
	close(ch)
	println(<-ch)
	println(len(ch))
}
"""


def test_a_channel_shows_what_its_buffer_holds() -> None:
    m = build(analyze(CHANNEL), source=CHANNEL)
    by_line = {}
    for i, s in enumerate(m.trace.steps):
        chans = [o.value for o in m.view(i).heap if o.label.startswith("make(chan")]
        if s.event == "stmt" and chans:
            by_line.setdefault(s.line, chans[0])
    assert by_line[6].endswith("buf [30] len 1 cap 3")                       # after the first send
    assert by_line[7].endswith("buf [30 40] len 2 cap 3")
    assert by_line[9].endswith("buf [40] len 1 cap 3  closed")              # one received, closed
    assert by_line[6].startswith("0xc")                                     # %v's address first
    assert [s.detail for s in m.trace.steps if s.event == "send"] == ["30", "40"]   # what each sends


RANGED = """package main

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


def test_the_slice_a_loop_ranges_over_lives_as_long_as_the_loop() -> None:
    m = build(analyze(RANGED), source=RANGED)
    inside = [i for i, s in enumerate(m.trace.steps) if s.line == 12 or (s.line == 11 and s.event == "loop")]
    assert len(inside) >= 4
    for i in inside:
        assert "[]string{...}" in [o.label for o in m.view(i).stack_objects], i
    after = next(i for i, s in enumerate(m.trace.steps) if s.line == 14)
    assert "[]string{...}" not in [o.label for o in m.view(after).stack_objects]     # the loop is over


COUNTER = """package main

import "fmt"

func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func main() {
	next := counter()
	next()
	fmt.Println(next())
}
"""


def test_a_moved_variable_shows_its_row_at_the_step_that_allocates_it() -> None:
    m = build(analyze(COUNTER), source=COUNTER)
    i = next(i for i, s in enumerate(m.trace.steps) if s.event == "alloc" and s.detail == "count")
    view = m.view(i)
    count = next(v for v in view.frames()[-1].vars if v.name == "count")
    assert count.where == "heap" and count.obj in [o.id for o in view.heap]


GROW = """package main

import "fmt"

func main() {
	s := make([]int, 0, 1)
	s = append(s, 1)
	s = append(s, 2, 3)
	fmt.Println(len(s), cap(s))
}
"""


@pytest.mark.go
def test_a_slice_shows_len_and_cap_as_go_has_them_and_growth_is_titled(tmp_path: Path) -> None:
    from quizapp.diagram.render import step_title
    from quizapp.gotool import build_program, run_program
    built = build_program(GROW, tmp_path / "prog")
    assert built.ok, built.stderr
    n, c = run_program(tmp_path / "prog").stdout.decode().split()
    m = build(analyze(GROW), source=GROW)
    at_print = next(i for i, s in enumerate(m.trace.steps) if s.line == 9)
    s = next(v for v in m.view(at_print).frames()[-1].vars if v.name == "s")
    assert s.size == f"len {n} cap {c}"
    grown = [i for i, r in enumerate(m.trace.steps) if r.event == "alloc" and r.detail == "append"]
    assert grown and all("append grows the slice" in step_title(m.title(i)) for i in grown)


def test_gc_s_wrapper_frames_say_what_they_are() -> None:
    from quizapp.diagram.words import word
    assert word("main.gowrap1  :18") == "main.gowrap1, the go statement's wrapper  :18"
    assert word("worker.deferwrap1  :9") == "worker.deferwrap1, the deferred call's wrapper  :9"
    assert word("main  :3") == "main  :3"


DURATION = """package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Printf("%+v\\n", d)
}
"""


@pytest.mark.go
def test_a_duration_is_shown_as_go_prints_it(tmp_path: Path) -> None:
    from quizapp.gotool import build_program, run_program
    built = build_program(DURATION, tmp_path / "prog")
    assert built.ok, built.stderr
    want = run_program(tmp_path / "prog").stdout.decode().strip()
    m = build(analyze(DURATION), source=DURATION)
    i = next(i for i, s in enumerate(m.trace.steps) if s.line == 10)
    d = next(v for v in m.view(i).frames()[-1].vars if v.name == "d")
    assert d.value == want
