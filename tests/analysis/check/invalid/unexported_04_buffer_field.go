// kind: unexported
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("heap")
	buf.off = 0
	fmt.Println(buf.String())
}
