// constructs: defer, functions, methods, structs, pointers, slice-literals, closures
package main

type T struct{ p *int }

func (t *T) M(q *int) {}
func (t T) V()        {}

func use(t T)          {}
func useS(xs []*int)   {}
func useP(p *T, n int) {}

func main() {
	x, y, z, w := 1, 2, 3, 4
	defer use(T{p: &x})
	defer useS([]*int{&y})
	t := &T{}
	defer t.M(&z)
	defer func(a *int) { println(*a) }(&w)
	defer useP(&T{}, len("abc"))
	defer T{}.V()
	defer (&T{}).M(nil)
	for i := 0; i < 2; i++ {
		v := i
		defer useS([]*int{&v})
		defer func(a *int) {}(&v)
	}
}
