// constructs: functions, pointers
package main

var sink *int

func two(p *int) (*int, *int) { return p, p }

func keep2(a, b *int) { sink = b }

func pass2(a, b *int) *int { return a }

func pair(p, q *int) (*int, *int) { return q, p }

func main() {
	x := 1
	keep2(two(&x))
	y := 2
	r := pass2(two(&y))
	u, v := 3, 4
	keep2(pair(&u, &v))
	println(*r)
}
