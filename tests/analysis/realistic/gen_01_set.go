// family: generics-std
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func NewSet[T cmp.Ordered](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Sorted() []T  { return slices.Sorted(maps.Keys(s.m)) }

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}

func main() {
	a := NewSet(3, 1, 4)
	b := NewSet(1, 5, 9)
	u := a.Union(b)
	fmt.Println(u.Sorted(), u.Len(), u.Has(4), u.Has(7))
	w := NewSet("go", "rust")
	fmt.Println(w.Sorted())
}
