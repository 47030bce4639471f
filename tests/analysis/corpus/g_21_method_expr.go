// constructs: method-values, methods, pointers, functions
package main

type T struct{ p *int }

var sink *int

func (t *T) Keep(q *int) { t.p = q }

func (t *T) Leak() { sink = t.p }

func (t T) First() *int { return t.p }

func main() {
	a := 1
	var t T
	f := (*T).Keep
	f(&t, &a)
	g := T.First
	println(g(t) != nil)
	b := 2
	u := T{&b}
	h := (*T).Leak
	h(&u)
	(*T).Keep(&u, &a)
}
