// constructs: functions, structs, pointers, builtins
package main

type Point struct{ X, Y int }

func byValue() Point {
	p := Point{1, 2}
	return p
}

func byPointer() *Point {
	p := Point{1, 2}
	return &p
}

func main() {
	a := byValue()
	b := byPointer()
	println(a.X + b.Y)
}
