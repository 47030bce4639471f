// kind: duplicate
package main

import "fmt"

type node struct {
	value int
	next  *node
	value string
}

func main() {
	n := &node{}
	fmt.Println(n)
}
