// constructs: channels, closures, go, defer, stdlib
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		ch <- "done"
	}()
	select {
	case msg := <-ch:
		fmt.Println(msg)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	t := time.NewTimer(time.Second)
	defer t.Stop()
	tick := time.NewTicker(time.Millisecond)
	<-tick.C
	tick.Stop()
}
