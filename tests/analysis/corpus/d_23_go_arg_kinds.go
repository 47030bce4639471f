// constructs: go, functions, methods, structs, pointers, slice-literals, closures
package main

type T struct{ p *int }

func (t *T) M(q *int) {}

func use(t T)        {}
func useS(xs []*int) {}

func main() {
	x, y, z, w := 1, 2, 3, 4
	go use(T{p: &x})
	go useS([]*int{&y})
	t := &T{}
	go t.M(&z)
	go func(a *int) { println(*a) }(&w)
	go func() {}()
	s := []int{1}
	go println(len(s))
	go (&T{}).M(nil)
}
