// kind: syntax
package main

import "fmt"

type point struct {
	x int,
	y int
}

func main() {
	fmt.Println(point{})
}
