// constructs: functions, closures, pointers, builtins
package main

var sink *int

func outer() {
	a := new(int)
	_ = a
	f := func(p *int) { sink = p; b := new(int); _ = b }
	f(new(int))
	g := func(q *int) { c := new(int); _ = c; _ = *a }
	g(new(int))
}

func main() { outer() }
