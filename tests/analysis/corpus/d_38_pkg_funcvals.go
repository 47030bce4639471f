// constructs: functions, closures, pointers
package main

type T struct{ n int }

var f = func(p *int) *int { return p }
var g = mk
var h = func() *T { return &T{} }
var k func(*T) int

func mk() *T {
	return &T{1}
}

func size(t *T) int { return t.n }

func main() {
	x := 1
	println(f(&x))
	println(g().n, h().n)
	k = size
	println(k(&T{2}))
	var local = func(p *T) int { return p.n }
	println(local(&T{3}))
}
