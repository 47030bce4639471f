// kind: unused-var
package main

import (
	"fmt"
	"strconv"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	return n
}

func main() {
	fmt.Println(parse("42"))
}
