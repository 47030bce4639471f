// constructs: interfaces, structs
package main

var sink any

type P struct{ x, y int }

func box(n int, s string) any {
	return any(n)
}

func main() {
	n := 3
	s := "hi"
	p := P{1, 2}
	sink = any(n)
	sink = any(s)
	local := any(p)
	_ = local
	q := any(P{3, 4})
	println(q != nil, box(n, s) != nil)
}
