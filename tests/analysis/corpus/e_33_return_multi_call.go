// constructs: functions, pointers
package main

func two(p, q *int) (*int, *int) { return q, p }

func fwd(p, q *int) (*int, *int) { return two(p, q) }

func fwdSwap(p, q *int) (a, b *int) {
	b, a = two(p, q)
	return
}

func fwdDeref(pp, qq **int) (*int, *int) { return two(*pp, *qq) }

func main() {
	x, y, z, w := 1, 2, 3, 4
	r1, r2 := fwd(&x, &y)
	px, pw := &z, &w
	s1, s2 := fwdDeref(&px, &pw)
	t1, t2 := fwdSwap(&x, &y)
	println(*r1, *r2, *s1, *s2, *t1, *t2)
}
