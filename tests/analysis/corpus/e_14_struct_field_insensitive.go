// constructs: functions, structs, pointers
package main

type pair struct{ a, b *int }

func getB(p *int) *int {
	var s pair
	s.a = p
	return s.b
}

func viaLit(p *int) *int {
	t := pair{a: p}
	return t.b
}

func setA(s *pair, p *int) { s.a = p }

func local() *int {
	x := 0
	var t pair
	pt := &t
	pt.a = &x
	return t.b
}

func main() {
	a, b, c := 1, 2, 3
	var s pair
	setA(&s, &c)
	println(getB(&a) == nil, viaLit(&b) == nil, local() == nil)
}
