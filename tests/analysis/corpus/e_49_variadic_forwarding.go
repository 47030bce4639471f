// constructs: functions, pointers
package main

var sink *int

func two(p, q *int) (*int, *int) { return p, q }

func first(ps ...*int) *int { return ps[0] }

func keepAll(ps ...*int) {
	for _, p := range ps {
		sink = p
	}
}

func three(p *int) ([]*int, *int, *int) { return nil, p, p }

func addAll(dst []*int, ps ...*int) []*int { return append(dst, ps...) }

func main() {
	a, b := 1, 2
	r := first(two(&a, &b))
	c, d := 3, 4
	keepAll(two(&c, &d))
	e := 5
	s := addAll(three(&e))
	println(*r, len(s))
}
