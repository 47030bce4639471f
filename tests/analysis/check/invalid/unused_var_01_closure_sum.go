// kind: unused-var
package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := &point{1, 2}
	show := func() {
		sum := p.x + p.y
		fmt.Println(p.x, p.y)
	}
	show()
}
