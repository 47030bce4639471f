// constructs: loops, pointers
package main

func main() {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	var q *int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			y := j
			q = &y
		}
	}
	for i := 0; i < 3; i++ {
		var r *int
		for j := 0; j < 3; j++ {
			z := j
			r = &z
		}
		w := i
		r2 := &w
		println(*r, *r2)
	}
	println(*p, *q)
}
