// constructs: interfaces, loops, slice-literals, methods
package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Circ struct{ r int }

func (c *Circ) Area() int { return 3 * c.r * c.r }

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	c := Circ{2}
	shapes := []Shape{Sq{1}, &c, Sq{3}}
	println(total(shapes))
	for _, s := range []Shape{Sq{4}} {
		println(s.Area())
	}
}
