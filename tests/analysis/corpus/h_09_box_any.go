// constructs: generics, functions, interfaces, pointers, stdlib
package main

import "fmt"

func Box[T any](x T) any {
	return x
}

func Show[T any](x T) string {
	return fmt.Sprint(x)
}

func main() {
	a := Box(42)
	b := Box("str")
	n := 1
	c := Box(&n)
	println(a != nil, b != nil, c != nil, Show(n), Show(&n))
}
