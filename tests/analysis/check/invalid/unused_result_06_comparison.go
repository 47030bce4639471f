// kind: unused-result
package main

import "fmt"

func main() {
	a, b := 1, 2
	process := func() {
		a == b
	}
	process()
	fmt.Println(a, b)
}
