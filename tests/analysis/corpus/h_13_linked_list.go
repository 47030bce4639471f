// constructs: generics, structs, pointers, methods, loops
package main

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Sum(f func(T) int) int {
	total := 0
	for n := l.head; n != nil; n = n.next {
		total += f(n.val)
	}
	return total
}

func main() {
	var l List[int]
	l.PushFront(1)
	l.PushFront(2)
	println(l.Sum(func(x int) int { return x }))
}
