// constructs: closures, functions, pointers, structs, method-values
package main

type T struct{ n int }

func (t *T) Get() int { return t.n }

var made = func() *T { return &T{1} }()
var counter = func() func() int {
	x := 0
	return func() int { x++; return x }
}()
var getter = (&T{2}).Get
var plain = func(p *T) int { return p.n }

func main() {
	println(made.n, counter(), getter(), plain(&T{3}))
}
