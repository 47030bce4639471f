// constructs: range-func, closures, functions, loops
package main

func three(yield func(int) bool) {
	_ = yield(1) && yield(2) && yield(3)
}

func main() {
	n := 0
	for range three {
		n++
	}
	for x := range three {
		_ = x
	}
	println(n)
}
