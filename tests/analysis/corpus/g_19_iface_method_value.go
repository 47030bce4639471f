// constructs: interfaces, method-values, methods
package main

type Shape interface{ Area() int }

type Sq struct{ side int }

func (s Sq) Area() int { return s.side * s.side }

var sinkF func() int

func bind(s Shape) func() int {
	return s.Area
}

func callLocal(s Shape) int {
	f := s.Area
	return f()
}

func store(s Shape) {
	sinkF = s.Area
}

func main() {
	println(bind(Sq{2})(), callLocal(Sq{3}))
	store(Sq{4})
}
