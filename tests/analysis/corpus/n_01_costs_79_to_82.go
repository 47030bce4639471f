// constructs: inlining, functions, pointers
package main

// Each helper's cost is its node count: RETURN, the terms and their ADD nodes.
func c79(a int) int { return -a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a }

func c80(a int) int { return a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a }

func c81(a int) int { return -a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a }

func c82(a int) int { return a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a }

// A pointer through the helpers: its allocation stays on the stack only where the call is inlined.
type T struct{ n int }

func p79(t *T) *T {
	t.n = t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n
	return t
}

func p81(t *T, a int) *T {
	t.n = t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + t.n + a
	return t
}

func main() {
	println(c79(1), c80(2), c81(3), c82(4))
	println(p79(&T{1}).n, p81(&T{2}, 3).n)
}
