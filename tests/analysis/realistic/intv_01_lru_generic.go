// family: interview
package main

import "fmt"

type node[K comparable, V any] struct {
	key        K
	val        V
	prev, next *node[K, V]
}

type LRUCache[K comparable, V any] struct {
	cap        int
	m          map[K]*node[K, V]
	head, tail *node[K, V]
}

func NewLRUCache[K comparable, V any](capacity int) *LRUCache[K, V] {
	c := &LRUCache[K, V]{cap: capacity, m: make(map[K]*node[K, V])}
	c.head = &node[K, V]{}
	c.tail = &node[K, V]{}
	c.head.next, c.tail.prev = c.tail, c.head
	return c
}

func (c *LRUCache[K, V]) unlink(n *node[K, V]) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (c *LRUCache[K, V]) pushFront(n *node[K, V]) {
	n.next, n.prev = c.head.next, c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRUCache[K, V]) Get(k K) (V, bool) {
	n, ok := c.m[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRUCache[K, V]) Put(k K, v V) {
	if n, ok := c.m[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	n := &node[K, V]{key: k, val: v}
	c.m[k] = n
	c.pushFront(n)
	if len(c.m) > c.cap {
		last := c.tail.prev
		c.unlink(last)
		delete(c.m, last.key)
	}
}

func main() {
	c := NewLRUCache[int, string](2)
	c.Put(1, "one")
	c.Put(2, "two")
	c.Get(1)
	c.Put(3, "three")
	_, ok2 := c.Get(2)
	v1, ok1 := c.Get(1)
	fmt.Println(ok2, v1, ok1)
}
