// kind: map-field
package main

import (
	"fmt"
	"sync"
)

type bucket struct{ items []int }

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	buckets := map[int]bucket{0: {}, 1: {}}
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			buckets[i%2].items = append(buckets[i%2].items, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(buckets)
}
