// kind: chan-dir
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	var out chan<- int = ch
	go func() {
		for v := range out {
			fmt.Println(v)
		}
	}()
	out <- 1
}
