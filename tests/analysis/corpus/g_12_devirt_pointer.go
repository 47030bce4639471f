// constructs: interfaces, methods, devirtualization, pointers
package main

type Counter interface{ Inc(p *int) int }

type C struct{ n int }

var keep *int

func (c *C) Inc(p *int) int {
	keep = p
	c.n++
	return c.n
}

type Q struct{ last *int }

func (q *Q) Inc(p *int) int {
	q.last = p
	return *p
}

func main() {
	var c Counter = &C{}
	x := 1
	println(c.Inc(&x))
	var q Counter = &Q{}
	y := 2
	println(q.Inc(&y))
}
