// constructs: channels, closures, go, loops, pointers, stdlib
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() { <-done }()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(done)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.Alloc, m.NumGC, runtime.NumCPU())
}
