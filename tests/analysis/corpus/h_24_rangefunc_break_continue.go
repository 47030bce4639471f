// constructs: range-func, closures, functions, loops, labels
package main

func nums(yield func(int) bool) {
	for i := 0; i < 10; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	evens := 0
outer:
	for j := 0; j < 2; j++ {
		for x := range nums {
			if x%2 == 1 {
				continue
			}
			if x > 6 {
				break
			}
			if x == 4 && j == 1 {
				break outer
			}
			evens++
		}
	}
	println(evens)
}
