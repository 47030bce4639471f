// kind: mismatch-call
package main

import "fmt"

type point struct{ x, y int }

func move(p *point, dx int) {
	p.x += dx
}

func main() {
	p := point{1, 2}
	move(p, 3)
	fmt.Println(p)
}
