// constructs: arrays, pointers, functions
package main

var sink *int
var sinkA *[4]int

func grid() [3][4]*int {
	var g [3][4]*int
	x := 1
	g[1][2] = &x
	return g
}

func main() {
	var a [3][4]*int
	y := 2
	a[0][0] = &y
	sink = a[0][1]
	var b [2][4]int
	sinkA = &b[1]
	var c [2][2]int
	p := &c[1][1]
	*p = 3
	g := grid()
	println(g[1][2] != nil, c[1][1])
}
