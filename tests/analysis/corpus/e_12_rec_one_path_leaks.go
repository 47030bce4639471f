// constructs: functions, pointers, recursion
package main

var sink *int

func r(p *int, n int) {
	if n == 0 {
		sink = p
		return
	}
	x := n
	r(&x, n-1)
}

func swapRec(p, q *int, n int) *int {
	if n == 0 {
		return q
	}
	return swapRec(q, p, n-1)
}

func down(pp **int, n int) *int {
	if n == 0 {
		return *pp
	}
	return down(pp, n-1)
}

func main() {
	a, b, c := 1, 2, 3
	r(&a, 2)
	pc := &c
	println(*swapRec(&a, &b, 3), *down(&pc, 2))
}
