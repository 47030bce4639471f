// constructs: inlining, functions, pointers, closures, maps, slice-literals
package main

type T struct{ a, b int }

func mk(n int) *T             { return &T{n, n} }
func pair(a, b int) *T        { return &T{a, b} }
func list(n int) []*T         { return []*T{{n, 1}} }
func boxed(n int) any         { return n }
func twice(p *T) [2]*T        { return [2]*T{p, p} }
func withMap(n int) map[int]int { return map[int]int{n: n} }
func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

var g0 = T{7, 8}
var p1 = mk(1)
var p2 = pair(2, 3)
var p3 = list(4)
var p4 = boxed(5)
var p5 = twice(&g0)
var p6 = twice(mk(6))
var p7 = withMap(9)
var p8 = counter()

func main() {
	println(p1.a, p2.b, len(p3), p4 != nil, p5[0].a, p6[1].b, len(p7), p8())
}
