// constructs: method-values, methods, structs, pointers
package main

type Inner struct{ n int }

func (i *Inner) Show() int { return i.n }

func (i Inner) Val() int { return i.n }

type Outer struct {
	Inner
	tag string
}

type PO struct{ *Inner }

var sinkF func() int

func main() {
	o := Outer{Inner{1}, "t"}
	sinkF = o.Show
	o2 := Outer{Inner{2}, "u"}
	f := o2.Val
	in := Inner{3}
	po := PO{&in}
	g := po.Show
	println(f(), g())
}
