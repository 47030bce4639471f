// kind: mismatch-call
package main

import "fmt"

func worker(id int, jobs <-chan int) {
	for j := range jobs {
		fmt.Println(id, j)
	}
}

func main() {
	jobs := make(chan int)
	go worker("one", jobs)
	jobs <- 1
	close(jobs)
}
