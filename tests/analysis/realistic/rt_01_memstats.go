// family: runtime
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type Snapshot struct {
	Goroutines int
	HeapAlloc  uint64
	NumGC      uint32
}

func snapshot() Snapshot {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return Snapshot{Goroutines: runtime.NumGoroutine(), HeapAlloc: ms.HeapAlloc, NumGC: ms.NumGC}
}

func churn(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := strings.Repeat("x", i%100)
		total += len(s)
	}
	return total
}

func main() {
	before := snapshot()
	churn(10000)
	runtime.GC()
	after := snapshot()
	fmt.Println(after.NumGC > before.NumGC, runtime.GOOS, runtime.NumCPU() > 0)
	old := debug.SetGCPercent(50)
	fmt.Println(old)
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Println(bi.GoVersion != "")
	}
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(strings.HasSuffix(file, ".go"), line > 0, ok)
}
