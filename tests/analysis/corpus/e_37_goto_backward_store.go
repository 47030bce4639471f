// constructs: labels, pointers, loops
package main

func main() {
	var p *int
	i := 0
loop:
	x := i
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	var q *int
	j := 0
next:
	for k := 0; k < 1; k++ {
		y := j
		q = &y
	}
	j++
	if j < 2 {
		goto next
	}
	println(*p, *q)
}
