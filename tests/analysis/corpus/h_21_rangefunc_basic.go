// constructs: range-func, closures, functions, loops
package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	sum := 0
	for x := range count(5) {
		sum += x
	}
	println(sum)
}
