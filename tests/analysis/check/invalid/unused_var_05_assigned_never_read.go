// kind: unused-var
package main

import "fmt"

type counter struct{ n int }

func main() {
	c := &counter{}
	last := 0
	for i := 0; i < 3; i++ {
		c.n++
		last = c.n
	}
	fmt.Println(c.n)
}
