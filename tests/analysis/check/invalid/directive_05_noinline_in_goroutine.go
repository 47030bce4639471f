// kind: directive
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			//go:noinline
			square := func(n int) int { return n * n }
			results[i] = square(i)
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
