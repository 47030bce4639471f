// constructs: generics, maps, make, methods, structs, pointers
package main

type Cache[K comparable, V any] struct {
	data map[K]V
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Put(k K, v V) { c.data[k] = v }

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type user struct{ name string }

func main() {
	c := NewCache[string, *user]()
	c.Put("bob", &user{"bob"})
	u, ok := c.Get("bob")
	local := Cache[int, int]{data: map[int]int{}}
	local.Put(1, 2)
	println(u.name, ok)
}
