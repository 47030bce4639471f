// constructs: interfaces, methods, pointers
package main

type Putter interface {
	Put(p *int)
	Get() *int
}

type Box struct{ p *int }

func (b *Box) Put(p *int) { b.p = p }
func (b *Box) Get() *int  { return b.p }

func use(x Putter, v int) int {
	x.Put(&v)
	return *x.Get()
}

func main() {
	b := &Box{}
	println(use(b, 3))
}
