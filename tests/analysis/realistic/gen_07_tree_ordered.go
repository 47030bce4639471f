// family: generics-std
package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type BST[K cmp.Ordered, V any] struct {
	root *bstNode[K, V]
	size int
}

type bstNode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *bstNode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &bstNode[K, V]{k: k, v: v}
	t.size++
}

func (t *BST[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *bstNode[K, V]) bool
		walk = func(n *bstNode[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.k, n.v) && walk(n.right))
		}
		walk(t.root)
	}
}

func main() {
	var t BST[string, int]
	for i, w := range strings.Fields("pear apple fig apple kiwi") {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println(t.size)
}
