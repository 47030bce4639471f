// constructs: interfaces, methods, devirtualization, structs
package main

type Shape interface{ Area() int }

type Sq struct{ side int }

func (s Sq) Area() int { return s.side * s.side }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func main() {
	var s Shape = Sq{3}
	println(s.Area())
	var r Shape = Rect{2, 5}
	println(r.Area())
	r = Sq{4}
	println(r.Area())
}
