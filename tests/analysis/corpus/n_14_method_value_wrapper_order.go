// constructs: inlining, method-values, methods, pointers
package main

type Box struct{ v *int }

func (b *Box) Set(p *int) { b.v = p }

func (b Box) Get() *int { return b.v }

func first() int {
	b := Box{}
	set := b.Set
	x := 1
	set(&x)
	return *b.v
}

func second() *int {
	b := Box{}
	g := b.Get
	return g()
}

func main() {
	println(first(), second())
}
