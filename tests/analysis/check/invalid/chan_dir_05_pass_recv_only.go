// kind: chan-dir
package main

import "fmt"

func fill(ch chan int) {
	ch <- 1
}

func main() {
	src := make(chan int, 1)
	var in <-chan int = src
	fill(in)
	fmt.Println(<-in)
}
