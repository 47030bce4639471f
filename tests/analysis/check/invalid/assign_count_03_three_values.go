// kind: assign-count
package main

import "fmt"

func main() {
	x, y := 1, 2, 3
	fmt.Println(x, y)
}
