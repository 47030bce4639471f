// constructs: pointers, closures, go, loops, stdlib
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			atomic.AddInt64(&ops, 1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops))
	var flag int32
	atomic.StoreInt32(&flag, 1)
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 1, 2))
}
