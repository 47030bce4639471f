// kind: recursive-type
package main

import "fmt"

type visitor interface {
	visit()
	visitor
}

func main() {
	var v visitor
	fmt.Println(v == nil)
}
