// constructs: functions, loops, strings, stdlib
package main

import (
	"fmt"
	"strings"
)

func normalize(line string) string {
	parts := strings.Split(line, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return strings.Join(parts, ";")
}

func main() {
	s := normalize(" a, b ,c")
	fmt.Println(s, strings.Contains(s, "b"), strings.HasPrefix(s, "a"))
	before, after, found := strings.Cut(s, ";")
	fmt.Println(before, after, found)
}
