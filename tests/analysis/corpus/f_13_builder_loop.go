// constructs: loops, slice-literals, strings, stdlib
package main

import (
	"fmt"
	"strings"
)

func build(words []string) string {
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(w)
	}
	sb.WriteByte('.')
	return sb.String()
}

func main() {
	fmt.Println(build([]string{"a", "b", "c"}))
}
