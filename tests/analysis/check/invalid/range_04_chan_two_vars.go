// kind: range
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for i, v := range ch {
		fmt.Println(i, v)
	}
}
