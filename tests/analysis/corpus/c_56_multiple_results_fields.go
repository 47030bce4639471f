// constructs: functions, structs, pointers, builtins
package main

type pair struct{ a, b *int }

func parts(p *pair) (*int, *int) { return p.a, p.b }

func fresh() (*pair, int) {
	p := &pair{}
	return p, 0
}

func main() {
	x, y := 1, 2
	a, b := parts(&pair{&x, &y})
	q, n := fresh()
	println(*a+*b, q == nil, n)
}
