// constructs: generics, functions, closures, slice-literals, make, append, loops
package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	xs := []int{1, 2, 3}
	ys := Map(xs, func(x int) string { return string(rune('a' + x)) })
	zs := Map(ys, func(s string) int { return len(s) })
	println(len(zs))
}
