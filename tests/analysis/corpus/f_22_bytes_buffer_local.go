// constructs: functions, loops, strings, stdlib
package main

import (
	"bytes"
	"fmt"
)

func render(items []string) string {
	var buf bytes.Buffer
	for _, it := range items {
		buf.WriteString(it)
		buf.WriteByte('\n')
	}
	return buf.String()
}

func raw() []byte {
	var buf bytes.Buffer
	buf.Write([]byte("abc"))
	return buf.Bytes()
}

func main() {
	fmt.Print(render([]string{"x", "y"}))
	fmt.Println(len(raw()))
}
