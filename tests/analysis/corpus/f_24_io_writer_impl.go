// constructs: structs, methods, pointers, interfaces, stdlib
package main

import (
	"fmt"
	"io"
)

type counter struct {
	n int
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var c counter
	fmt.Fprintf(&c, "%s %d", "abc", 12)
	fmt.Println(c.n)
	var w io.Writer = &counter{}
	w.Write([]byte("xy"))
	io.WriteString(w, "more")
}
