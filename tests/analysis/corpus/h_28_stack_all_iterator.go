// constructs: generics, range-func, methods, structs, closures, append, loops
package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(s.items[i]) {
				return
			}
		}
	}
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	n := 0
	for x := range s.All() {
		n += len(x)
	}
	println(n)
}
