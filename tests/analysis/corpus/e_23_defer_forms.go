// constructs: defer, loops, labels, pointers, functions
package main

func use(p *int) {}

func main() {
	a, b, c, d := 0, 0, 0, 0
	defer use(&a)
	for i := 0; i < 2; i++ {
		defer use(&b)
	}
	n := 0
	goto fwd
fwd:
	defer use(&d)
again:
	defer use(&c)
	n++
	if n < 2 {
		goto again
	}
}
