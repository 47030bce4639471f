// family: time
package main

import (
	"fmt"
	"sync"
	"time"
)

type Debouncer struct {
	mu    sync.Mutex
	delay time.Duration
	timer *time.Timer
}

func (d *Debouncer) Trigger(f func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(d.delay, f)
}

func main() {
	var calls int
	var mu sync.Mutex
	done := make(chan struct{})
	d := &Debouncer{delay: 10 * time.Millisecond}
	for i := 0; i < 5; i++ {
		d.Trigger(func() {
			mu.Lock()
			calls++
			mu.Unlock()
			close(done)
		})
		time.Sleep(time.Millisecond)
	}
	<-done
	fmt.Println("calls:", calls)
	t := time.Unix(1700000000, 0).UTC()
	fmt.Println(t.Truncate(24*time.Hour), t.Month(), t.IsZero())
}
