// constructs: closures, functions, pointers, structs
package main

type T struct{ n int }

var sink *T
var sinkB []byte

func main() {
	func(p *T) {
		sink = p
	}(&T{1})
	r := func(a, b int) *int {
		return &a
	}(1, 2)
	sinkB = []byte(func(s string) string { return s }("x"))
	q := func(p *T) *T { return p }(&T{2})
	func(ps ...*T) {}(&T{3}, &T{4})
	println(*r, q.n)
}
