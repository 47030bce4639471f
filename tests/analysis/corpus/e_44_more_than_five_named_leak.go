// constructs: functions, pointers
package main

func seven(p, q **int) (a, b, c, d, e, f, g *int) {
	g = *p
	e = *q
	return
}

func chain(p, q **int) *int {
	_, _, _, _, e, _, g := seven(p, q)
	if e != nil {
		return e
	}
	return g
}

func main() {
	x, y := 1, 2
	px, py := &x, &y
	println(*chain(&px, &py))
}
