// constructs: interfaces, functions
package main

var sink any

func leak(v any) { sink = v }

func look(v any) bool { return v == nil }

func pass(v any) any { return v }

func main() {
	a, b, c := 1, "two", 3.0
	leak(a)
	println(look(b))
	r := pass(c)
	println(r != nil)
	d := 4
	sink = pass(d)
	e := 5
	leak(&e)
	f := 6
	println(look(&f))
}
