// constructs: interfaces, methods, structs
package main

type Namer interface{ Name() string }
type Ager interface{ Age() int }

type P struct{ n string }

func (p *P) Name() string { return p.n }
func (p *P) Age() int     { return 3 }

var sink Ager

func toAger(n Namer) Ager {
	return n.(Ager)
}

func maybe(n Namer) {
	if a, ok := n.(Ager); ok {
		sink = a
	}
}

func back(a Ager) *P {
	return a.(*P)
}

func main() {
	p := &P{"x"}
	maybe(p)
	println(toAger(p).Age(), back(p).n)
}
