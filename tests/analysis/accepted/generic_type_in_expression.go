// accepts: new(G[T]) and G[T] where an expression stands; methods of instances in package-level types
package main

type Node[T any] struct {
	val  T
	next *Node[T]
}

func (n *Node[T]) Len() int {
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

type Stack[T any] struct{ top *Node[T] }

func (s *Stack[T]) Push(v T) {
	n := new(Node[T])
	n.val, n.next = v, s.top
	s.top = n
}

type registry struct {
	names Stack[string]
	ids   Stack[int]
}

var global registry

func main() {
	r := new(registry)
	r.names.Push("a")
	r.ids.Push(1)
	global.names.Push("g")
	n := new(Node[int])
	println(r.names.top.Len(), r.ids.top.Len(), global.names.top.Len(), n.Len())
}
