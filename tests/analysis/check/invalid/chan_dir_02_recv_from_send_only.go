// kind: chan-dir
package main

import "fmt"

func produce(out chan<- int) {
	out <- 1
	fmt.Println(<-out)
}

func main() {
	ch := make(chan int, 1)
	produce(ch)
}
