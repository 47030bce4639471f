// kind: unused-result
package main

import "fmt"

type node struct{ next *node }

func main() {
	new(node)
	fmt.Println("allocated")
}
