// constructs: methods, structs, pointers, functions
package main

type T struct{ p *int }

func (t *T) Set(p *int) { t.p = p }

func (t T) Get() *int { return t.p }

func (t *T) Addr() **int { return &t.p }

func main() {
	var a T
	x := 1
	set := (*T).Set
	set(&a, &x)
	get := T.Get
	var b T
	y := 2
	b.p = &y
	println(*get(b))
	addr := (*T).Addr
	var c T
	pp := addr(&c)
	println(*pp == nil, a.p != nil)
}
