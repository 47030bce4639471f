// kind: method-set
package main

import "fmt"

type shape interface {
	area() float64
}

type circle struct{ r float64 }

func (c *circle) area() float64 {
	return 3.14 * c.r * c.r
}

func main() {
	var s shape = circle{r: 2}
	fmt.Println(s.area())
}
