// constructs: closures, pointers, functions
package main

var gf func() *int

var gfs []func() *int

func main() {
	x := 0
	gf = func() *int { return &x }
	y := 1
	gfs = append(gfs, func() *int { return &y })
	z := 2
	h := func() *int { return &z }
	println(*gf(), *h())
}
