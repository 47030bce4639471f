// kind: variadic
package main

import "fmt"

func first(xs []int) int {
	return xs[0]
}

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(first(xs...))
}
