// constructs: functions, loops, strings, stdlib
package main

import (
	"fmt"
	"strings"
)

func table(n int) string {
	var sb strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&sb, "%d x %d = %d\n", i, i, i*i)
	}
	return sb.String()
}

func header() string {
	var sb strings.Builder
	sb.WriteString("== ")
	sb.WriteString("table")
	return sb.String()
}

func main() {
	fmt.Println(header())
	fmt.Print(table(3))
}
