// constructs: functions, closures, pointers
package main

var gp *int

func apply(f func() *int) *int { return f() }

func run(f func() *int) { f() }

func main() {
	x := 1
	f := func() *int { return &x }
	p := apply(f)
	y := 2
	g := func() *int { return &y }
	z := 3
	run(func() *int { return &z })
	w := 4
	gp = func() *int { return &w }()
	v := 5
	q := func() *int { return &v }()
	println(*p, *g(), *q)
}
