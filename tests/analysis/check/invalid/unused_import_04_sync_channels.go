// kind: unused-import
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	fmt.Println(<-ch)
}
