// constructs: pragmas, pointers, functions
package main

var sink *int

//go:noinline
func leak(p *int) { sink = p }

//go:noinline
func id(p *int) *int { return p }

//go:noinline
func newInt() *int {
	x := 3
	return &x
}

func main() {
	a := 1
	leak(&a)
	b := 2
	println(*id(&b), *newInt())
}
