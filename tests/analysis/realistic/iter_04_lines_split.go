// family: iterators
package main

import (
	"fmt"
	"strings"
)

const csvData = `name,qty
apple,3
pear,10
plum,7
`

func main() {
	total := 0
	for line := range strings.Lines(csvData) {
		line = strings.TrimSuffix(line, "\n")
		fields := strings.Split(line, ",")
		if len(fields) != 2 || fields[0] == "name" {
			continue
		}
		var n int
		fmt.Sscanf(fields[1], "%d", &n)
		total += n
	}
	fmt.Println("total", total)
	for part := range strings.SplitSeq("a/b/c", "/") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
}
