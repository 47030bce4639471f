// family: container
package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key   string
	value []byte
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) ([]byte, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return nil, false
}

func (c *LRU) Put(key string, value []byte) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.cap {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		delete(c.items, oldest.Value.(*entry).key)
	}
}

func main() {
	c := NewLRU(2)
	c.Put("a", []byte("1"))
	c.Put("b", []byte("2"))
	c.Get("a")
	c.Put("c", []byte("3"))
	_, okB := c.Get("b")
	v, okA := c.Get("a")
	fmt.Println(okB, okA, string(v), c.ll.Len())
}
