// constructs: functions, pointers, structs, self-assignment
package main

type P struct{ x, y *int }

var sink *int

func two() (*int, *int) {
	a, b := 1, 2
	return &a, &b
}

func main() {
	a, b := 1, 2
	pa, pb := &a, &b
	pa, pb = pb, pa
	q := &P{}
	q.x, q.y = q.y, q.x
	c := 3
	q.x, sink = &c, pa
	sink, _ = two()
	println(*pb)
}
