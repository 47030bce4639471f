// constructs: functions, pointers
package main

func six(a, b, c, d, e, f *int) (*int, *int, *int, *int, *int, *int) {
	return a, b, c, d, e, f
}

func rev(a, b, c, d, e, f *int) (*int, *int, *int, *int, *int, *int) {
	return f, e, d, c, b, a
}

func main() {
	var x1, x2, x3, x4, x5, x6 int
	r1, r2, r3, r4, r5, r6 := six(&x1, &x2, &x3, &x4, &x5, &x6)
	println(*r1, *r2, *r3, *r4, *r5, *r6)
	var y1, y2, y3, y4, y5, y6 int
	s1, _, _, _, _, s6 := rev(&y1, &y2, &y3, &y4, &y5, &y6)
	println(*s1, *s6)
}
