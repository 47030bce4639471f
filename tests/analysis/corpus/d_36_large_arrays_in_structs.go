// constructs: structs, arrays, size-limits, pointers, builtins
package main

type Small struct {
	buf [65528]byte
	n   int
}

type Over struct {
	buf [65529]byte
	n   int
}

type Huge struct {
	a [131064]byte
	n int
}

type Huge2 struct {
	a [131065]byte
	n int
}

func main() {
	s := &Small{}
	o := &Over{}
	ns := new(Small)
	no := new(Over)
	var h Huge
	var h2 Huge2
	println(s.n, o.n, ns.n, no.n, h.n, h2.n)
}
