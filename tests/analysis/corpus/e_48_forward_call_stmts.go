// constructs: functions, methods, structs, pointers, loops, closures
package main

var sink *int

type K struct{}

func (K) keep(a, b *int) { sink = a }

func two(p *int) (*int, *int) { return p, nil }

func keep2(a, b *int) { sink = a }

func main() {
	a, b, c, d := 1, 2, 3, 4
	var k K
	k.keep(two(&a))
	for i := 0; i < 2; i++ {
		keep2(two(&b))
	}
	func() { keep2(two(&c)) }()
	if d > 0 {
		keep2(two(&d))
	}
	e := 5
	defer keep2(two(&e))
}
