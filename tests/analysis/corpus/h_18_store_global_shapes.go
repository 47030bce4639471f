// constructs: generics, functions, interfaces, pointers, structs
package main

var sink any

func Store[T any](x T) {
	sink = x
}

type pt struct{ x, y int }

func main() {
	b := 1
	Store(b)
	c := "s"
	Store(c)
	d := pt{1, 2}
	Store(d)
	e := 3
	Store(&e)
}
