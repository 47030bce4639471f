// constructs: generics, functions, closures, pointers, slice-literals, append, loops
package main

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	a, b, c := 1, 2, 3
	ps := []*int{&a, &b, &c}
	big := Filter(ps, func(p *int) bool { return *p > 1 })
	ns := Filter([]int{4, 5, 6}, func(n int) bool { return n%2 == 0 })
	println(len(big), len(ns))
}
