// constructs: closures, pointers
package main

var g *int

func main() {
	a := 1
	g = func() *int { return &a }()
	b := 2
	p := func() *int { return &b }()
	c := 3
	pc := func() **int { q := &c; return &q }()
	d := 4
	f := func() *int { return &d }
	g = f()
	println(*p, **pc)
}
