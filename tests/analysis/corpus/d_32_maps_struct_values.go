// constructs: maps, structs, pointers
package main

type T struct {
	p *int
	n int
}

var sink *int

func main() {
	x, y, z := 1, 2, 3
	m := map[string]T{}
	m["a"] = T{p: &x}
	v := m["a"]
	sink = v.p
	lit := map[int]T{1: {p: &y}, 2: {n: 5}}
	w, ok := lit[1]
	println(w.n, ok)
	mp := map[string]*T{}
	mp["b"] = &T{p: &z}
	for k, t := range m {
		println(k, t.n)
	}
}
