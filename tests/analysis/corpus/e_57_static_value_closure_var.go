// constructs: functions, closures, pointers
package main

var sink *int

func keep(p *int) { sink = p }

func drop(p *int) {}

func main() {
	x := 0
	f := drop
	func() { f(&x) }()
	y := 0
	g := drop
	func() {
		if sink == nil {
			g = keep
		}
	}()
	g(&y)
	z := 0
	h := func(p *int) *int { return p }
	if sink != nil {
		h = func(p *int) *int { return nil }
	}
	r := h(&z)
	println(*r)
}
