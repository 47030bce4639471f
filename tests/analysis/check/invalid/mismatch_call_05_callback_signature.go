// kind: mismatch-call
package main

import "fmt"

func apply(xs []int, f func(int) int) {
	for i := range xs {
		xs[i] = f(xs[i])
	}
}

func main() {
	xs := []int{1, 2}
	apply(xs, func(x int) {
		fmt.Println(x)
	})
}
