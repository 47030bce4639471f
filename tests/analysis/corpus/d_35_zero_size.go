// constructs: structs, arrays, make, pointers, size-limits
package main

type E struct{}

var sinkE *E
var sinkZ *[0]int

func main() {
	e := E{}
	sinkE = &e
	sinkE = &E{}
	p := &struct{}{}
	q := new(struct{})
	zs := make([]struct{}, 3)
	var z [0]*int
	sinkZ = new([0]int)
	za := make([][0]int, 5)
	arr := [0]int{}
	r := &arr
	println(p, q, len(zs), len(z), len(za), r)
}
