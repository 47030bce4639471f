// constructs: methods, structs, pointers, functions
package main

var sink *int

type T struct{ p *int }

func (t *T) Set(p *int) { t.p = p }

func setFree(t *T, p *int) {}

func main() {
	var a T
	x := 0
	f := (*T).Set
	if sink == nil {
		f = setFree
	}
	f(&a, &x)
	var b T
	y := 0
	g := setFree
	if sink != nil {
		g = (*T).Set
	}
	g(&b, &y)
}
