// kind: duplicate
package main

import "fmt"

func main() {
	weights := [3]int{0: 10, 1: 20, 0: 30}
	fmt.Println(weights)
}
