// constructs: generics, methods, structs, append, slicing
package main

type Queue[T any] struct {
	items []T
}

func (q Queue[T]) Len() int { return len(q.items) }

func (q Queue[T]) Peek() *T { return &q.items[0] }

func (q *Queue[T]) Put(x T) { q.items = append(q.items, x) }

func (q *Queue[T]) Take() T {
	x := q.items[0]
	q.items = q.items[1:]
	return x
}

func main() {
	q := &Queue[string]{}
	q.Put("a")
	println(q.Len())
}
