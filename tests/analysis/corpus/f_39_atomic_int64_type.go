// constructs: structs, methods, stdlib
package main

import (
	"fmt"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int64
}

func (s *Stats) Hit() { s.hits.Add(1) }

func main() {
	var s Stats
	s.Hit()
	s.misses.Store(3)
	fmt.Println(s.hits.Load(), s.misses.Load())
	var c atomic.Int32
	c.Add(2)
	var on atomic.Bool
	on.Store(true)
	fmt.Println(c.Load(), on.Load())
}
