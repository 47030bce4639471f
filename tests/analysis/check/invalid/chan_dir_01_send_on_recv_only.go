// kind: chan-dir
package main

import "fmt"

func consume(in <-chan int) {
	for v := range in {
		fmt.Println(v)
	}
	in <- 0
}

func main() {
	ch := make(chan int)
	close(ch)
	consume(ch)
}
