// constructs: generics, functions, closures, slice-literals, make, loops
package main

func Id[T any](x T) T { return x }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Twice[T any](xs []T) []T {
	return Map(xs, func(x T) T { return Id(Id(x)) })
}

func main() {
	a := Twice([]int{1, 2})
	x := 1
	b := Twice([]*int{&x})
	println(len(a), len(b))
}
