package main

import (
	"errors"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var sinkF func() int

var sinkP *int

//go:noinline
func ni1(p *int) {
	if *p > 3 {
		sinkP = p
	}
}

func sl3() int {
	err := errors.New("boom")
	if err != nil {
		return 1
	}
	return 0
}

func Id4[E any](x E) E {
	return x
}

func sl6() int {
	s := make([]int, 100)
	s = append(s, 1)
	return len()
}

func seq8(n int) func(func(*int) bool) {
	return func(yield func(*int) bool) {
		for i := 0; i < n; i++ {
			v := i
			if !yield(&v) {
				return
			}
		}
	}
}

func rf7() int {
	t := 0
	for p := range seq8(5) {
		if *p > 2 {
			break
		}
		t++
	}
	return t
}

func touch10(p *int) { *p++ }

func gd9() {
	a := 1
	go touch10(&a)
}

func area12(s Shape) int { return s.Area() }

func ifc11() int {
	q :=  Sq{s: 2}
	return area12(q)
}

func clo13() int {
	y := 5
	sinkF = func() int { return y }
	return 0
}

func main() {
	nx2 := 4
	ni1(&nx2)
	_ = sl3()
	gv5 := 1
	_ = Id4(&gv5)
	_ = Id4(2)
	_ = sl6()
	_ = rf7()
	gd9()
	_ = ifc11()
	_ = clo13()
}
