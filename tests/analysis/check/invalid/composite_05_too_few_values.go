// kind: composite
package main

import "fmt"

type rect struct{ w, h, depth int }

func main() {
	r := rect{2, 3}
	fmt.Println(r)
}
