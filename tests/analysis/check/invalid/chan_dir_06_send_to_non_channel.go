// kind: chan-dir
package main

import "fmt"

func main() {
	results := []int{}
	go func() {
		results <- 1
	}()
	fmt.Println(results)
}
