// family: iterators
package main

import (
	"fmt"
	"iter"
	"slices"
)

func zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func main() {
	names := []string{"ann", "bob", "cy"}
	ages := []int{31, 42, 27, 99}
	for n, a := range zip(slices.Values(names), slices.Values(ages)) {
		fmt.Println(n, a)
	}
}
