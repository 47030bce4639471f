// constructs: methods, interfaces, devirtualization, strings, stdlib
package main

import (
	"fmt"
	"strconv"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "color(" + strconv.Itoa(int(c)) + ")"
}

func main() {
	c := Green
	fmt.Println(c)
	fmt.Printf("%v %d\n", Blue, Red)
	var s fmt.Stringer = Color(7)
	fmt.Println(s.String())
}
