// kind: recursive-type
package main

import "fmt"

type tree struct {
	children [2]tree
	value    int
}

func main() {
	t := tree{}
	fmt.Println(t.value)
}
