// kind: map-field
package main

import "fmt"

type pos struct{ x, y int }

type sprite struct{ at pos }

func main() {
	world := map[string]sprite{"hero": {}}
	world["hero"].at.x = 3
	fmt.Println(world)
}
