// kind: undefined
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("stack")
	sb.WriteString(" or heap")
	fmt.Println(sb.string())
}
