"""What a step draws as garbage: memory nothing the program can still use points to.

Go's collector follows only live roots: a frame's temporaries die with their
statement and a variable with its block, so an array an ``append`` outgrew and a
finished goroutine's closure are garbage once the statement or loop that held them is
over, while what a variable still in scope reaches stays live.
"""

from __future__ import annotations

from quizapp.analysis import analyze
from quizapp.diagram.model import build

OUTGROWN = """package main

import "fmt"

func main() {
	s := make([]int, 0, 2)
	s = append(s, 1)
	s = append(s, 2)
	s = append(s, 3)
	fmt.Println(s, len(s), cap(s))
}
"""

GOROUTINES = """package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 2)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			ch <- v * 10
		}(i)
	}
	wg.Wait()
	fmt.Println(len(ch))
}
"""


def _heap(src: str, step: int) -> dict[str, list[bool]]:
    """label -> garbage flags of the heap objects drawn at ``step`` (-1: the last)."""
    m = build(analyze(src), source=src)
    at = step if step >= 0 else len(m.trace.steps) + step
    out: dict[str, list[bool]] = {}
    for o in m.trace.snapshot(at).heap:
        out.setdefault(o.label, []).append(o.garbage)
    return out


def test_the_array_an_append_outgrew_is_garbage_once_s_holds_the_new_one() -> None:
    heap = _heap(OUTGROWN, -1)
    assert heap["make([]int, 0, 2)"] == [True]
    assert heap["append"] == [False]


def test_the_outgrown_array_is_live_while_the_growing_append_runs() -> None:
    m = build(analyze(OUTGROWN), source=OUTGROWN)
    grown = next(i for i, s in enumerate(m.trace.steps) if s.event == "alloc" and s.detail == "append")
    labels = {o.label: o.garbage for o in m.trace.snapshot(grown).heap}
    assert labels["make([]int, 0, 2)"] is False         # s still holds it until the assignment


def test_finished_goroutines_closures_are_all_garbage_after_the_loop() -> None:
    heap = _heap(GOROUTINES, -1)
    assert heap["func literal"] == [True, True]
    assert heap["go closure"] == [True, True]
    assert heap["wg"] == [False] and heap["make(chan int, 2)"] == [False]
