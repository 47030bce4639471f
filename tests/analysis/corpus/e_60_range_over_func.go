// constructs: closures, loops, pointers, functions
package main

var sink *int

func seq(p *int) func(func(*int) bool) {
	return func(yield func(*int) bool) {
		yield(p)
	}
}

func main() {
	x := 0
	var last *int
	for q := range seq(&x) {
		last = q
	}
	y := 0
	for range seq(&y) {
		z := 1
		sink = &z
	}
	println(*last)
}
