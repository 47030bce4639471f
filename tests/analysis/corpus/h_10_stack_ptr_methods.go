// constructs: generics, methods, structs, append, pointers
package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) {
	s.items = append(s.items, x)
}

func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	println(s.Pop())
}
