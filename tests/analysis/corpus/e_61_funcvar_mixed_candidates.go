// constructs: functions, closures, pointers
package main

var sink *int

func id(p *int) *int { return p }

func keep(p *int) *int {
	sink = p
	return nil
}

func main() {
	x := 0
	f := func(p *int) *int { return p }
	if sink == nil {
		f = id
	}
	r := f(&x)
	y := 0
	g := id
	if sink != nil {
		g = func(p *int) *int { return nil }
	}
	if sink == r {
		g = keep
	}
	println(*r, g(&y) == nil)
}
