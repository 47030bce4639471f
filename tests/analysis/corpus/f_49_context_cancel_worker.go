// constructs: functions, channels, go, defer, loops, interfaces, stdlib
package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := make(chan int)
	go worker(ctx, ch)
	fmt.Println(<-ch, <-ch)
}
