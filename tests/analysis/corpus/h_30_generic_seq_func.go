// constructs: generics, range-func, functions, closures, slice-literals, loops
package main

func Values[T any](xs []T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func main() {
	total := 0
	for v := range Values([]int{1, 2, 3}) {
		total += v
	}
	a := 1
	for p := range Values([]*int{&a}) {
		total += *p
	}
	println(total)
}
