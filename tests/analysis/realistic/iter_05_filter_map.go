// family: iterators
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

type Product struct {
	Name  string
	Price float64
}

func main() {
	ps := []Product{{"pen", 1.5}, {"book", 12}, {"lamp", 30}, {"cup", 4}}
	cheap := Filter(slices.Values(ps), func(p Product) bool { return p.Price < 10 })
	names := slices.Collect(Map(cheap, func(p Product) string { return p.Name }))
	fmt.Println(names)
}
