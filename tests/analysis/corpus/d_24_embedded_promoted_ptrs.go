// constructs: structs, methods, pointers, functions
package main

type Inner struct{ s string }

var kept *Inner

func (in *Inner) Save()       { kept = in }
func (in Inner) Name() string { return in.s }

type Outer struct {
	Inner
	n int
}

type Wrap struct {
	*Inner
}

var sink []byte

func main() {
	var o Outer
	o.Save()
	sink = []byte(o.Name())
	w := Wrap{&Inner{"w"}}
	w.Save()
	sink = []byte(w.Name())
	p := &Outer{}
	sink = []byte(p.Name())
	var o2 Outer
	sink = []byte(o2.Inner.Name())
}
