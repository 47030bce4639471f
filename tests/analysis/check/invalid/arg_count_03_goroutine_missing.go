// kind: arg-count
package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id)
}

func main() {
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go work(i)
	}
	wg.Wait()
}
