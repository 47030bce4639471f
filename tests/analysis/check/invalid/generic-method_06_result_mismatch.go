// kind: generic-method
package main

import "fmt"

type Pair struct{ a, b any }

func (p Pair) Both[T any]() (T, T) {
	x, _ := p.a.(T)
	y, _ := p.b.(T)
	return x, y
}

func main() {
	p := Pair{1, 2}
	var s string = p.Both[int]()
	fmt.Println(s)
}
