// constructs: functions, methods, structs, pointers, builtins
package main

type point struct{ x, y int }

func (p point) xAddr() *int { return &p.x }

func (p *point) yAddr() *int { return &p.y }

func main() {
	var a, b point
	println(*a.xAddr(), *b.yAddr())
}
