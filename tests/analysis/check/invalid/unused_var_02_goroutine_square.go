// kind: unused-var
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sq := i * i
			results[i] = i
		}()
	}
	wg.Wait()
}
