// family: worker-pool
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Crawler struct {
	visited sync.Map
	count   atomic.Int64
	tick    *time.Ticker
}

func (c *Crawler) Visit(url string, depth int, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth == 0 {
		return
	}
	if _, seen := c.visited.LoadOrStore(url, true); seen {
		return
	}
	<-c.tick.C
	c.count.Add(1)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go c.Visit(fmt.Sprintf("%s/%d", url, i), depth-1, wg)
	}
}

func main() {
	c := &Crawler{tick: time.NewTicker(time.Millisecond)}
	defer c.tick.Stop()
	var wg sync.WaitGroup
	wg.Add(1)
	go c.Visit("https://example.com", 3, &wg)
	wg.Wait()
	fmt.Println("visited", c.count.Load())
}
