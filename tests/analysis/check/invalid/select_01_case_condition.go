// kind: select
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	n := 1
	select {
	case n > 0:
		fmt.Println("positive")
	case v := <-ch:
		fmt.Println(v)
	}
}
