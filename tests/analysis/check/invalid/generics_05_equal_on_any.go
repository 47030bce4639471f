// kind: generics
package main

import "fmt"

func index[T any](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(index([]int{1, 2}, 2))
}
