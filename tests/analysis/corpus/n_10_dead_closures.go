// constructs: inlining, closures, functions, pointers
package main

var sink *int

// An immediately called literal is inlined and gone; one that captures
// nothing is still compiled, and analysed, on its own.
func run() int {
	n := 2
	a := func(p *int) int { return *p + 1 }(&n)
	b := func() int { return n * 3 }()
	c := func(q *int) *int { sink = q; return q }
	x := 5
	c(&x)
	return a + b
}

// Many calls: a closure over 160 is not inlined unless called once.
func budget(v int) int {
	g := func(m int) int {
		s := m*m + m*m*m + m*2 + m*3 + m*4 + m*5 + m*6 + m*7 + m*8 + m*9 + m*10 + m*11 + m*12 + m*13
		s += m*14 + m*15 + m*16 + m*17 + m*18 + m*19 + m*20 + m*21 + m*22 + m*23 + m*24 + m*25
		s += m*26 + m*27 + m*28 + m*29 + m*30 + m*31 + m*32 + m*33 + m*34 + m*35 + m*36 + m*37
		return s
	}
	return g(v) + g(v+1)
}

func main() {
	println(run())
	println(budget(3))
	f := func() int { return run() + 1 }
	println(f())
}
