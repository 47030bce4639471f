// family: generics-std
package main

import (
	"fmt"
	"sync"
	"time"
)

type entry[V any] struct {
	val     V
	expires time.Time
}

type TTLCache[K comparable, V any] struct {
	mu   sync.RWMutex
	ttl  time.Duration
	data map[K]entry[V]
	now  func() time.Time
}

func NewTTLCache[K comparable, V any](ttl time.Duration) *TTLCache[K, V] {
	return &TTLCache[K, V]{ttl: ttl, data: make(map[K]entry[V]), now: time.Now}
}

func (c *TTLCache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	c.data[k] = entry[V]{v, c.now().Add(c.ttl)}
	c.mu.Unlock()
}

func (c *TTLCache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.data[k]
	if !ok || c.now().After(e.expires) {
		var zero V
		return zero, false
	}
	return e.val, true
}

type Profile struct {
	Name string
	Tags []string
}

func main() {
	c := NewTTLCache[string, *Profile](time.Minute)
	c.Set("u1", &Profile{Name: "ann"})
	p, ok := c.Get("u1")
	fmt.Println(p.Name, ok)
	n := NewTTLCache[int, float64](time.Second)
	n.Set(1, 2.5)
	fmt.Println(n.Get(1))
}
