// constructs: generics, functions, closures, slice-literals, loops
package main

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	scale := 3
	total := Reduce([]int{1, 2, 3}, 0, func(a, x int) int { return a + x*scale })
	words := []string{"a", "bb"}
	joined := Reduce(words, "", func(a, w string) string { return a + w })
	println(total, joined)
}
