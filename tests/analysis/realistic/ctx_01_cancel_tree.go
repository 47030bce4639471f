// family: context
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func poll(ctx context.Context, name string, every time.Duration, out chan<- string) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			out <- name + ": " + ctx.Err().Error()
			return
		case <-t.C:
		}
	}
}

func main() {
	root, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(root, 5*time.Millisecond)
	defer cancelChild()

	out := make(chan string, 2)
	var wg sync.WaitGroup
	for _, c := range []struct {
		name string
		ctx  context.Context
	}{{"root", root}, {"child", child}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			poll(c.ctx, c.name, time.Millisecond, out)
		}()
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
