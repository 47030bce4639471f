// kind: composite
package main

import "fmt"

func main() {
	rgb := [3]int{255, 128, 0, 64}
	fmt.Println(rgb)
}
