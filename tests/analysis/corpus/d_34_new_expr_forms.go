// constructs: builtins, pointers, structs, functions
package main

type T struct{ n int }

var sink *int
var sinkB *byte
var sinkT *T
var sinkS *[]int

func two() int { return 2 }

func main() {
	x := 3
	a := new(5)
	sink = new(x)
	sinkB = new(byte(7))
	sinkT = new(T{1})
	b := new(two())
	s := new("str")
	sinkS = new([]int{1, 2})
	c := new(-3)
	pp := new(&x)
	println(*a, *b, *s, *c, **pp)
}
