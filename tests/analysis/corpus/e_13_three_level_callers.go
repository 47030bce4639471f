// constructs: functions, pointers
package main

var sink *int

func leaf(pp **int) *int { return *pp }

func mid(pp **int) *int { return leaf(pp) }

func top(ppp ***int) *int { return mid(*ppp) }

func leafH(pp **int) { sink = *pp }

func midH(pp **int) { leafH(pp) }

func topH(p *int) { midH(&p) }

func main() {
	x := 1
	p := &x
	pp := &p
	sink = top(&pp)
	y := 2
	topH(&y)
	z := 3
	q := &z
	println(*mid(&q))
}
