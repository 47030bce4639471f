// constructs: methods, method-values, functions, pointers, structs
package main

type T struct{ s string }

func (t T) Name() string   { return t.s }
func (t *T) PName() string { return t.s }

var sink []byte

func main() {
	t := T{"a"}
	p := &T{"b"}
	f := (*T).PName
	sink = []byte(f(p))
	g := T.Name
	sink = []byte(g(t))
	h := p.PName
	sink = []byte(h())
	fs := []func(T) string{T.Name}
	sink = []byte(fs[0](t))
	sink = []byte(func() func() string { return t.Name }()())
}
