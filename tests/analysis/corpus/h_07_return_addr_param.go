// constructs: generics, functions, pointers, structs
package main

type point struct{ x, y int }

func Ptr[T any](v T) *T {
	return &v
}

func main() {
	p := Ptr(3)
	q := Ptr(point{1, 2})
	s := "hi"
	r := Ptr(&s)
	println(*p, q.x, **r)
}
