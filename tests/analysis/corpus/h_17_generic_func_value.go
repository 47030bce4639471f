// constructs: generics, functions, pointers, closures
package main

var keep *int

func Id[T any](x T) T { return x }

func Stash[T any](p *T) *T {
	return p
}

func main() {
	f := Id[int]
	g := Stash[int]
	a := 1
	b := 2
	keep = g(&a)
	h := Id[*int]
	println(f(3), *h(&b))
}
