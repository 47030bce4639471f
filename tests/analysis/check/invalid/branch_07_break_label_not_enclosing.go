// kind: branch
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
loop:
	for range 1 {
		fmt.Println("warm up")
	}
	for _, x := range xs {
		if x == 2 {
			break loop
		}
	}
}
