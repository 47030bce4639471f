// constructs: generics, functions, structs, pointers
package main

type A struct{ v int }
type B struct{ v int }
type C struct{ w int }

func Addr[T any](x T) *T {
	y := x
	return &y
}

func main() {
	a := Addr(A{1})
	b := Addr(B{2})
	c := Addr(C{3})
	println(a.v, b.v, c.w)
}
