// constructs: functions, pointers
package main

func each(f func(*int), p *int) { f(p) }

func callWith(f func(*int) *int, p *int) *int { return f(p) }

func twice(f func() *int) (*int, *int) { return f(), f() }

func pass(f func(*int)) func(*int) { return f }

func id(p *int) *int { return p }

func main() {
	a, b := 1, 2
	each(func(p *int) {}, &a)
	r := callWith(id, &b)
	c := 3
	x, y := twice(func() *int { return &c })
	d := 4
	pass(func(p *int) {})(&d)
	println(*r, *x, *y)
}
