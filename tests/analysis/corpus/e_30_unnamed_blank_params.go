// constructs: functions, methods, structs, pointers
package main

type T struct{}

func blank(_ *int, q *int) *int { return q }

func unnamed(*int, *int) {}

func (*T) m(*int) {}

func (_ T) n(_ **int, p *int) *int { return p }

func main() {
	x, y := 1, 2
	blank(&x, &y)
	unnamed(&x, &y)
	var t T
	z := 3
	t.m(&z)
	pz := &z
	w := 4
	println(*t.n(&pz, &w))
}
