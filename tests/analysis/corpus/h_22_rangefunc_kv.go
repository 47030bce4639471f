// constructs: range-func, closures, functions, loops, slice-literals
package main

func enumerate(xs []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	names := []string{"a", "b", "c"}
	total := 0
	for i, s := range enumerate(names) {
		total += i + len(s)
	}
	println(total)
}
