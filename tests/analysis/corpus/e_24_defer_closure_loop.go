// constructs: defer, closures, loops, pointers
package main

func main() {
	x := 0
	p := &x
	defer func() { *p = 1 }()
	for i := 0; i < 2; i++ {
		y := i
		defer func() { println(y) }()
		q := &y
		defer func() { *q = 0 }()
	}
	z := 0
	defer func(r *int) { *r = 3 }(&z)
	for j := 0; j < 2; j++ {
		defer func(r *int) { *r = 4 }(&z)
	}
}
