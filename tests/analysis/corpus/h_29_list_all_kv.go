// constructs: generics, range-func, methods, structs, pointers, closures, loops
package main

type node[T any] struct {
	v    T
	next *node[T]
}

type List[T any] struct{ head *node[T] }

func (l *List[T]) Add(v T) { l.head = &node[T]{v, l.head} }

func (l *List[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.v) {
				return
			}
			i++
		}
	}
}

func main() {
	l := &List[float64]{}
	l.Add(1.5)
	l.Add(2.5)
	sum := 0.0
	for i, v := range l.All() {
		sum += float64(i) * v
	}
	println(sum)
}
