// constructs: functions, structs, pointers, self-assignment
package main

type T struct{ p, q *int }

func viaPtr(t *T) {
	t.p = t.q
}

func viaValue() int {
	x := 1
	var v T
	v.q = &x
	v.p = v.q
	return *v.p
}

func main() { viaPtr(&T{}); _ = viaValue() }
