// constructs: generics, functions, slice-literals, loops, pointers
package main

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Contains[T comparable](xs []T, v T) bool {
	return Index(xs, v) >= 0
}

type key struct{ a, b int }

func main() {
	p := new(int)
	println(Index([]string{"x", "y"}, "y"))
	println(Contains([]key{{1, 2}}, key{1, 2}))
	println(Contains([]*int{p}, p))
}
