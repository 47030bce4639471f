// constructs: functions, pointers, strings, stdlib
package main

import (
	"fmt"
	"strings"
)

func newBuilder() *strings.Builder {
	b := &strings.Builder{}
	b.Grow(10)
	return b
}

func main() {
	b := newBuilder()
	fmt.Fprintf(b, "%d-%s", 1, "x")
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
}
