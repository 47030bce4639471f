// constructs: method-values, methods, pointers, structs
package main

type T struct{ n int }

func (t *T) Get() int { return t.n }

func (t T) Val() int { return t.n }

var sinkF func() int

func main() {
	t := T{1}
	sinkF = t.Get
	u := T{2}
	sinkF = u.Val
	v := T{3}
	f := v.Get
	w := T{4}
	g := w.Val
	p := &T{5}
	h := p.Val
	println(f(), g(), h())
}
