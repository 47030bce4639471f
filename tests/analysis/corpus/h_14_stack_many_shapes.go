// constructs: generics, methods, structs, append, pointers
package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) {
	s.items = append(s.items, x)
}

func (s *Stack[T]) Top() T {
	return s.items[len(s.items)-1]
}

type ID int

func main() {
	ints := &Stack[int]{}
	ints.Push(1)
	var ids Stack[ID]
	ids.Push(2)
	var strs Stack[string]
	strs.Push("x")
	n := 3
	var ptrs Stack[*int]
	ptrs.Push(&n)
	println(ints.Top(), ids.Top(), strs.Top(), *ptrs.Top())
}
