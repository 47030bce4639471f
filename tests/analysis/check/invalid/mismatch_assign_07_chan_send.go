// kind: mismatch-assign
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	go func() {
		ch <- "ready"
	}()
	fmt.Println(<-ch)
}
