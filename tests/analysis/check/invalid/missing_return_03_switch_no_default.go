// kind: missing-return
package main

import "fmt"

type shape int

const (
	circle shape = iota
	square
)

func name(s shape) string {
	switch s {
	case circle:
		return "circle"
	case square:
		return "square"
	}
}

func main() {
	fmt.Println(name(square))
}
