// accepts: calls of generic instances print their dictionary argument
package main

import (
	"fmt"
)

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

func main() {
	xs := []int{1, 2}
	fmt.Println(Sum(xs))
	b := &Box[string]{"x"}
	fmt.Println(b.Get())
}
