// constructs: strings, stdlib
package main

import (
	"bytes"
	"fmt"
)

func main() {
	data := []byte("hello")
	b := bytes.NewBuffer(data)
	b.WriteString(" world")
	fmt.Println(b.String(), bytes.Equal(data, []byte("hello")))
	other := []byte("HELLO")
	fmt.Println(bytes.EqualFold(data, other), bytes.Contains(other, []byte("EL")))
	fields := bytes.Split([]byte("a,b"), []byte(","))
	fmt.Println(len(fields))
}
