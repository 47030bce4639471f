// constructs: structs, methods, stdlib
package main

import (
	"fmt"
	"math"
)

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func hyp(a, b float64) float64 {
	return math.Sqrt(a*a + b*b)
}

func main() {
	c := Circle{2}
	fmt.Println(c.Area(), hyp(3, 4))
	fmt.Println(math.MaxInt64, math.Pi)
	var x int64 = math.MaxInt64
	fmt.Println(x, math.Floor(2.7), math.Inf(1))
	fmt.Println(c)
}
