// kind: directive
package main

import "fmt"

type point struct{ x, y int }

func main() {
	//go:noinline
	p := &point{1, 2}
	fmt.Println(p.x + p.y)
}
