// constructs: functions, pointers, closures
package main

var sink *int

func keep(p *int) { sink = p }

func drop(p *int) {}

func main() {
	x := 0
	f := drop
	f(&x)
	y := 0
	g := drop
	if sink == nil {
		g = keep
	}
	g(&y)
	z := 0
	h := func(p *int) {}
	if sink != nil {
		h = func(p *int) { sink = p }
	}
	h(&z)
	w := 0
	var k func(*int)
	k = drop
	k = nil
	k(&w)
}
