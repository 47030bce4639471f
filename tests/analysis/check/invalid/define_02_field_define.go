// kind: define
package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := &point{}
	p.x := 5
	fmt.Println(p)
}
