// kind: generic-method
package main

import "fmt"

type Box struct{ v any }

func (b Box) As[T any]() U {
	u, _ := b.v.(T)
	return u
}

func main() {
	b := Box{v: 3}
	fmt.Println(b.As[int]())
}
