// kind: recursive-type
package main

import "fmt"

type node struct {
	val  int
	next node
}

func main() {
	var n node
	fmt.Println(n.val)
}
