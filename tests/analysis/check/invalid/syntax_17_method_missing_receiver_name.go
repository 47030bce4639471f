// kind: syntax
package main

import "fmt"

type counter struct{ n int }

func (*counter c) inc() {
	c.n++
}

func main() {
	fmt.Println(counter{})
}
