// constructs: functions, methods, structs, pointers
package main

type Box struct {
	p *int
	n int
}

func (b Box) Ptr() *int { return b.p }

func (b *Box) NPtr() *int { return &b.n }

func viaValue() *int {
	x := 1
	bx := Box{p: &x}
	return bx.Ptr()
}

func viaPointer() *int {
	var b2 Box
	return b2.NPtr()
}

func main() { _, _ = viaValue(), viaPointer() }
