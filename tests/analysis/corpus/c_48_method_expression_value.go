// constructs: functions, methods, structs, pointers, method-values, builtins
package main

type ref struct{ p *int }

func (r ref) deref() int { return *r.p }

func (r ref) ptr() *int { return r.p }

func apply(f func(ref) int, r ref) int { return f(r) }

func main() {
	x, y := 1, 2
	println(apply(ref.deref, ref{p: &x}))
	q := ref.ptr
	println(*q(ref{p: &y}))
}
