// kind: directive
package main

import "fmt"

//go:noinline
type counter struct {
	n int
}

func (c *counter) inc() { c.n++ }

func main() {
	var c counter
	c.inc()
	fmt.Println(c.n)
}
