// constructs: range-func, functions, closures, loops
package main

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; _++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	pairs := 0
	for i := range upto(3) {
		for j := range upto(i) {
			if j > 1 {
				break
			}
			pairs++
		}
	}
	println(pairs)
}
