// kind: select
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string, 1)
	go func() {
		select {
		case out <- 42:
		case <-time.After(time.Second):
			fmt.Println("timeout")
		}
	}()
	fmt.Println(<-out)
}
