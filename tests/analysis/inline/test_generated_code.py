"""Code gc generates in the user's package (``os.Stdout``'s ``atomic.Pointer`` instances,
``sync.Pool``'s) with inlining on: its lines placed among the program's as gc prints them,
or the program reported unsupported where the data's measure does not reach."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze

from ..inline_util import answers_as_gc

PROGRAMS = {
    "os.Stdout, a method wrapper and a closure": """package main

import (
	"fmt"
	"os"
	"time"
)

type D struct{ time.Duration }

func pick(p *int) *int { return p }

func main() {
	x := 1
	f := func() int { return *pick(&x) }
	fmt.Fprintln(os.Stdout, f(), D{time.Second})
}
""",
    "sync.Pool with a bounds check": """package main

import "sync"

var pool = sync.Pool{New: func() interface{} { return new([64]byte) }}

func first(b []byte) byte {
	if len(b) > 3 {
		return b[0] + b[3]
	}
	return 0
}

func main() {
	b := pool.Get().(*[64]byte)
	println(first(b[:]))
	pool.Put(b)
}
""",
    "os.Stderr and os.Stdin": """package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	line, err := r.ReadString('\\n')
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	fmt.Print(line)
}
""",
    # reflect's generated code is method wrappers too: gc makes the program's first
    "the program's method wrappers before reflect's": """package main

import (
	"container/heap"
	"reflect"
)

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	h := &intHeap{3, 1}
	heap.Init(h)
	x := 3
	v := reflect.ValueOf(&x).Elem()
	v.SetInt(4)
	println(h.Len(), v.Kind())
}
""",
}


@pytest.mark.go
@pytest.mark.parametrize("level", [1, 2])
def test_generated_code_lines_are_where_gc_prints_them(level: int) -> None:
    for name, a in answers_as_gc(PROGRAMS, level).items():
        assert a.program.universe.generated, name


def test_a_block_that_depends_on_the_imports_is_unsupported_beside_others() -> None:
    # expvar.Map's internal/sync code inlines abi.NoEscape only when some import carries
    # its body: measured with expvar alone, so with another import the analyzer says so
    src = """package main

import (
	"expvar"
	"strings"
)

var hits = expvar.NewMap("hits")

func main() {
	hits.Add(strings.ToLower("A"), 1)
}
"""
    a = analyze(src, inline=True)
    assert [u.what for u in a.unsupported if "code gc generates" in u.what]
    assert not any(ln.startswith("$GOROOT/src/internal/sync/")
                   for ln in a.diagnostics("./main.go", 1))
