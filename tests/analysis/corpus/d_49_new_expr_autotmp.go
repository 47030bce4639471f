// constructs: builtins, pointers, structs, functions
package main

type T struct{ n int }

var sink *int
var sinkT *T
var sinkS *string

func two() int { return 2 }

func main() {
	a := new(5)
	sink = new(6)
	sinkT = new(T{1})
	b := new(two())
	sink = new(two())
	sinkS = new("s" + "t")
	c := new(T{n: 2})
	println(*a, *b, c.n)
}
