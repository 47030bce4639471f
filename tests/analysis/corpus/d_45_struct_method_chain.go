// constructs: methods, structs, pointers, functions
package main

type B struct{ s string }

type A struct{ b *B }

func (a *A) Get() *B       { return a.b }
func (b B) Str() string    { return b.s }
func (b *B) PStr() string  { return b.s }
func (a A) Val() A         { return a }
func (a A) Field() *string { return &a.b.s }

var sink []byte

func main() {
	a := &A{&B{"x"}}
	sink = []byte(a.Get().Str())
	sink = []byte(a.Get().PStr())
	sink = []byte(a.Val().b.PStr())
	sink = []byte(*a.Val().Field())
	sink = []byte((*a).b.Str())
}
