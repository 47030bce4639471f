// kind: generics
package main

import "fmt"

func first[T any](xs []T) T {
	return xs[0]
}

func main() {
	xs := []int{4, 5}
	fmt.Println(first[int, int](xs))
}
