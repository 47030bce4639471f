// constructs: structs, pointers, arrays, functions
package main

type T struct {
	p *int
	q [2]*int
	n int
}

var sink *int

func main() {
	x, y, z := 1, 2, 3
	t := T{p: &x}
	u := t
	sink = u.p
	t2 := T{q: [2]*int{&y, nil}}
	arr := [1]T{t2}
	arr2 := arr
	sink = arr2[0].q[1]
	t3 := T{p: &z}
	v := t3
	v.n = 4
	println(v.n, *t3.p)
}
