// constructs: generics, methods, interfaces, stdlib
package main

import "fmt"

type name string

func (n name) String() string { return "<" + string(n) + ">" }

func Join[T fmt.Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func main() {
	println(Join([]name{"a", "b"}))
}
