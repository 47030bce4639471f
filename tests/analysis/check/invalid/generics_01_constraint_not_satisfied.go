// kind: generics
package main

import "fmt"

type number interface {
	int | float64
}

func sum[T number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	fmt.Println(sum([]string{"a", "b"}))
}
