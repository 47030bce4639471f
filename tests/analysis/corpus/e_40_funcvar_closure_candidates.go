// constructs: functions, closures, pointers
package main

var sink *int

func main() {
	x := 0
	f := func(p *int) *int { return p }
	if sink == nil {
		f = func(p *int) *int { sink = p; return nil }
	}
	println(f(&x) == nil)
	y := 0
	var g func(**int) *int
	g = func(pp **int) *int { return *pp }
	py := &y
	sink = g(&py)
}
