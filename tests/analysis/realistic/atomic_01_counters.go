// family: atomic
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int64
	max    atomic.Int32
}

func (s *Stats) Observe(hit bool, size int32) {
	if hit {
		s.hits.Add(1)
	} else {
		s.misses.Add(1)
	}
	for {
		cur := s.max.Load()
		if size <= cur || s.max.CompareAndSwap(cur, size) {
			return
		}
	}
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := int32(0); i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Observe(i%3 != 0, i*7%13)
		}()
	}
	wg.Wait()
	var legacy int64
	atomic.AddInt64(&legacy, 5)
	fmt.Println(s.hits.Load(), s.misses.Load(), s.max.Load(), atomic.LoadInt64(&legacy))
}
