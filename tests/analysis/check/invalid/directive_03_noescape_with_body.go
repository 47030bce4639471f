// kind: directive
package main

import "fmt"

var total int

//go:noescape
func add(p *int) {
	total += *p
}

func main() {
	n := 3
	add(&n)
	fmt.Println(total)
}
