// kind: unused-result
package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := &point{1, 2}
	p.x
	fmt.Println(p)
}
