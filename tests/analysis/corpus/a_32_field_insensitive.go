// constructs: functions, structs, pointers
package main

type T struct{ p, q *int }

func f() *int {
	var t T
	x, y := 1, 2
	t.p = &x
	t.q = &y
	return t.q
}

func main() { _ = f() }
