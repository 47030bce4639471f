// constructs: functions, structs, pointers, slicing, self-assignment, closures
package main

type S []*int

type T struct{ b, c []*int }

type U T

func conv1(s []*int) { S(s)[0] = s[1] }

func conv2(p *T) { (*U)(p).b = p.c }

func inClosure(p *T) {
	func() { p.b = p.b[1:] }()
}

func main() {
	var t T
	conv1(t.b)
	conv2(&t)
	inClosure(&t)
}
