// kind: method-set
package main

import "fmt"

type counter struct{ n int }

func (c *counter) String() string {
	return fmt.Sprint(c.n)
}

func show(s fmt.Stringer) {
	fmt.Println(s.String())
}

func main() {
	c := counter{n: 3}
	show(c)
}
