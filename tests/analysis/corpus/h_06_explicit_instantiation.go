// constructs: generics, functions, pointers, interfaces
package main

var sink any

func Keep[T any](x T) T {
	sink = x
	return x
}

func main() {
	n := 7
	_ = Keep[int](n)
	m := 8
	_ = Keep[*int](&m)
	_ = Keep[string]("s")
}
