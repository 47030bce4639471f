// kind: assign-count
package main

import "fmt"

type point struct{ x, y int }

func main() {
	var p, q *point = &point{1, 2}
	fmt.Println(p, q)
}
