// constructs: functions, channels, go, loops, stdlib
package main

import "fmt"

func fetch(id int, ch chan<- string) {
	ch <- fmt.Sprintf("result %d", id)
}

func main() {
	ch := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		go fetch(i, ch)
	}
	n := len(ch)
	go fmt.Println("spawned", n)
	for range 3 {
		fmt.Println(<-ch)
	}
}
