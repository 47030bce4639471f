// family: worker-pool
package main

import (
	"fmt"
	"strings"
	"sync"
)

func process(s string) string {
	return strings.ToUpper(s)
}

func parallelMap(items []string, limit int) []string {
	out := make([]string, len(items))
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i, it := range items {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = process(it)
		}()
	}
	wg.Wait()
	return out
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	fmt.Println(parallelMap(words, 2))
}
