// constructs: functions, pointers, structs
package main

var sink *int

type holder struct{ p *int }

func store(h *holder, p *int) { h.p = p }

func wrap(p *int) holder {
	var h holder
	store(&h, p)
	return h
}

func unwrap(p *int) *int {
	h := wrap(p)
	return h.p
}

func level(pp **int) **int { return pp }

func level2(ppp ***int) *int { return *level(*ppp) }

func main() {
	x := 1
	println(*unwrap(&x))
	y := 2
	py := &y
	ppy := &py
	sink = level2(&ppy)
}
