// kind: arg-count
package main

import "fmt"

func main() {
	scale := func(x, factor int) int {
		return x * factor
	}
	xs := []int{1, 2, 3}
	for i := range xs {
		xs[i] = scale(xs[i])
	}
	fmt.Println(xs)
}
