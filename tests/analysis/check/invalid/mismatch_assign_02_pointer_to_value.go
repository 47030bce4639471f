// kind: mismatch-assign
package main

import "fmt"

type point struct{ x, y int }

func main() {
	var p point = &point{1, 2}
	fmt.Println(p.x)
}
