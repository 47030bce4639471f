// constructs: functions, pointers, recursion
package main

var sink *int

func ra(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return rb(p, n-1)
}

func rb(p *int, n int) *int { return rc(p, n) }

func rc(p *int, n int) *int {
	if n > 5 {
		sink = p
	}
	return ra(p, n)
}

func qa(pp **int, n int) *int {
	if n == 0 {
		return *pp
	}
	return qb(pp, n-1)
}

func qb(pp **int, n int) *int { return qc(pp, n) }

func qc(pp **int, n int) *int { return qa(pp, n) }

func main() {
	x, y := 1, 2
	py := &y
	println(*ra(&x, 3), *qa(&py, 3))
}
