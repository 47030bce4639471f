// constructs: labels, loops, pointers
package main

func main() {
	var p *int
	n := 0
L:
	for i := 0; i < 1; i++ {
		n++
		if n < 3 {
			goto L
		}
	}
	x := 0
	p = &x
	var q *int
M:
	for i := 0; i < 2; i++ {
		y := i
		q = &y
		continue M
	}
	println(*p, *q)
}
