// accepts: method expressions of interface types (I.M)
package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Sq struct{ s float64 }

func (q Sq) Area() float64           { return q.s * q.s }
func (q Sq) Scale(f float64) Shape { return Sq{q.s * f} }

func apply(shapes []Shape, f func(Shape) float64) float64 {
	t := 0.0
	for _, s := range shapes {
		t += f(s)
	}
	return t
}

func main() {
	area := Shape.Area
	fmt.Println(apply([]Shape{Sq{1}, Sq{2}}, area))
	scale := Shape.Scale
	fmt.Println(scale(Sq{3}, 2).Area())
	w := io.Writer.Write
	var sb strings.Builder
	w(&sb, []byte("hi"))
	fmt.Println(fmt.Stringer.String(&sb))
}
