// constructs: interfaces, structs, pointers
package main

type Holder struct{ v any }

var global Holder

func fill(h *Holder, n int) {
	h.v = n
}

func main() {
	var h Holder
	x := 3
	h.v = x
	println(h.v != nil)
	y := 4
	global.v = y
	var h2 Holder
	fill(&h2, 5)
	hs := []Holder{{v: 6}}
	println(len(hs))
	z := 7
	lit := &Holder{v: &z}
	println(lit.v != nil)
}
