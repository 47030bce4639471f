// constructs: methods, method-values, structs, pointers, functions
package main

type C struct{ p *int }

func (c *C) Put(p *int) { c.p = p }

func (c C) Peek() *int { return c.p }

func apply(f func(*int), p *int) { f(p) }

func call(f func() *int) *int { return f() }

func main() {
	var c C
	x := 0
	apply(c.Put, &x)
	var d C
	y := 1
	d.p = &y
	println(*call(d.Peek))
	var e C
	put := e.Put
	z := 2
	put(&z)
}
