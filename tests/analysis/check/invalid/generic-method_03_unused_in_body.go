// kind: generic-method
package main

import "fmt"

type Cache struct{ m map[string]any }

func (c *Cache) Get[T any](key string) (T, bool) {
	var zero T
	v, ok := c.m[key]
	t, ok2 := v.(T)
	if !ok {
		return zero, false
	}
	return t, true
}

func main() {
	c := &Cache{m: map[string]any{"a": 1}}
	n, _ := c.Get[int]("a")
	fmt.Println(n)
}
