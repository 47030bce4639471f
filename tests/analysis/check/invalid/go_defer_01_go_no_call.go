// kind: go-defer
package main

import (
	"fmt"
	"time"
)

func tick() {
	fmt.Println("tick")
}

func main() {
	go tick
	time.Sleep(time.Millisecond)
}
