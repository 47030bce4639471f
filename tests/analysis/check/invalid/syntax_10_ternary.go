// kind: syntax
package main

import "fmt"

func main() {
	a, b := 1, 2
	m := a > b ? a : b
	fmt.Println(m)
}
