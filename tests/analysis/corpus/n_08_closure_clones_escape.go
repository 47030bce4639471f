// constructs: inlining, closures, functions, pointers
package main

var sink any

func mk(n int) func() int {
	y := n
	return func() int {
		z := y
		sink = &z
		return z
	}
}

func outer(a int) int {
	f := func(b int) int {
		w := a + b
		g := func() *int { return &w }
		sink = g
		return w
	}
	return f(1)
}

func main() {
	h := mk(3)
	println(h())
	println(outer(2))
}
