// constructs: functions, structs, pointers, slice-literals
package main

type T struct {
	a int
	p *T
}

var sink *T
var sinkS string

func g(x, y *T) *T {
	return y
}

func main() {
	p := &T{
		a: 1,
	}
	sink = g(
		p,
		&T{
			a: 2,
			p: &T{a: 3},
		},
	)
	xs := []int{
		1,
		2,
	}
	s := "x"
	sinkS = s +
		"y" +
		s
	println(len(xs))
}
