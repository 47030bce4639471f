// kind: generics
package main

import "fmt"

type stack[T any] struct {
	items []T
}

func (s *stack[T]) push(v T) {
	s.items = append(s.items, v)
}

func main() {
	var s stack
	s.push(1)
	fmt.Println(s.items)
}
