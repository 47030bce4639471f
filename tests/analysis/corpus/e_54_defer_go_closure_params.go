// constructs: defer, go, closures, loops, pointers, functions
package main

func topDefer(p *int) {
	defer func() { *p = 1 }()
}

func loopDefer(p *int) {
	for i := 0; i < 2; i++ {
		defer func() { *p = i }()
	}
}

func spawn(p *int) {
	go func() { *p = 1 }()
}

func gotoDefer(p *int, n int) {
again:
	defer func() { *p = n }()
	n--
	if n > 0 {
		goto again
	}
}

func main() {
	a, b, c, d := 0, 0, 0, 0
	topDefer(&a)
	loopDefer(&b)
	spawn(&c)
	gotoDefer(&d, 2)
}
