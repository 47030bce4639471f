// constructs: inlining, closures, functions
package main

var sink any

func mk(n int) func() int {
	return func() int {
		g := func() int { return n * 2 }
		sink = g
		return g() + 1
	}
}

func twice(n int) int {
	a := func() int { return n }
	b := func() int { return n + 1 }
	return a() + b()
}

func main() {
	f := func() {
		h := mk(1)
		sink = h
		println(twice(4))
	}
	f()
	k := mk(2)
	println(k())
}
