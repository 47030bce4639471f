// constructs: functions, pointers, labels, loops
package main

func back() *int {
	var last *int
	i := 0
again:
	x := i
	last = &x
	i++
	if i < 3 {
		goto again
	}
	return last
}

func fwd() *int {
	goto skip
skip:
	z := 2
	return &z
}

func labelled() int {
	var q *int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			w := i + j
			q = &w
			continue outer
		}
	}
	return *q
}

func main() {
	println(*back(), *fwd(), labelled())
}
