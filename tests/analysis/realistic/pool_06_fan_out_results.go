// family: worker-pool
package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"sync"
	"time"
)

type Measurement struct {
	Host    string
	Latency time.Duration
}

func ping(host string) Measurement {
	d := time.Duration(rand.IntN(50)) * time.Millisecond
	return Measurement{Host: host, Latency: d}
}

func pingAll(hosts []string) []Measurement {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var out []Measurement
	for _, h := range hosts {
		wg.Add(1)
		go func(h string) {
			defer wg.Done()
			m := ping(h)
			mu.Lock()
			out = append(out, m)
			mu.Unlock()
		}(h)
	}
	wg.Wait()
	sort.Slice(out, func(i, j int) bool { return out[i].Latency < out[j].Latency })
	return out
}

func main() {
	for _, m := range pingAll([]string{"a.example", "b.example", "c.example"}) {
		fmt.Printf("%-10s %v\n", m.Host, m.Latency)
	}
}
