// constructs: method-values, structs, methods, pointers
package main

type Inner struct{ n int }

func (in *Inner) Get() int { return in.n }
func (in Inner) Val() int  { return in.n }

type Outer struct{ Inner }
type WrapP struct{ *Inner }

var fn func() int

func main() {
	var o Outer
	fn = o.Get
	var o2 Outer
	f2 := o2.Val
	w := WrapP{&Inner{3}}
	fn = w.Val
	p := &Outer{}
	f3 := p.Get
	g := o2.Inner.Val
	println(f2(), f3(), g())
}
