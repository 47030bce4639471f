// constructs: functions, structs, pointers, arrays
package main

type pair struct{ a, b *int }

func st1(p **int, q *int) { *p = q }

func st2(s *pair, q *int) { s.a = q }

func st3(s []*int, q *int) { s[0] = q }

func st4(a *[2]*int, q *int) { a[1] = q }

func st5(a [2]*int, q *int) *int {
	a[0] = q
	return a[1]
}

func main() {
	x1, x2, x3, x4, x5 := 1, 2, 3, 4, 5
	var p *int
	st1(&p, &x1)
	var s pair
	st2(&s, &x2)
	sl := make([]*int, 1)
	st3(sl, &x3)
	var arr [2]*int
	st4(&arr, &x4)
	println(st5(arr, &x5) == nil)
}
