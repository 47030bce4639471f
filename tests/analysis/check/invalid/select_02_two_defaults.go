// kind: select
package main

import "fmt"

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("empty")
	default:
		fmt.Println("still empty")
	}
}
