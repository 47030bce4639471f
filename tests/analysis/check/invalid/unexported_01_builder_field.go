// kind: unexported
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("go")
	fmt.Println(len(b.buf))
}
