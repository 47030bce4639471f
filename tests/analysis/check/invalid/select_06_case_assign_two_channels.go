// kind: select
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	select {
	case x, y := <-a, <-b:
		fmt.Println(x, y)
	}
}
