// constructs: functions, structs, pointers
package main

type Ref struct{ p *int }

func makeRef() Ref {
	x := 5
	r := Ref{p: &x}
	return r
}

func useRef() int {
	y := 6
	r := Ref{p: &y}
	return *r.p
}

func main() { _, _ = makeRef(), useRef() }
