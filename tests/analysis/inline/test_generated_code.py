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
