// family: iterators
package main

import (
	"fmt"
	"slices"
)

type Span struct {
	Start, End int
}

func main() {
	spans := []Span{{0, 4}, {4, 9}, {9, 10}, {10, 20}, {20, 21}}
	for i, s := range slices.Backward(spans) {
		fmt.Println(i, s.End-s.Start)
	}
	for batch := range slices.Chunk(spans, 2) {
		fmt.Println(len(batch), batch[0].Start)
	}
	idx := slices.IndexFunc(spans, func(s Span) bool { return s.End-s.Start > 5 })
	fmt.Println("first long span at", idx)
	fmt.Println(slices.ContainsFunc(spans, func(s Span) bool { return s.Start == 9 }))
}
