// constructs: functions, closures, pointers
package main

var sinkF func()

func viaClosure(p *int) (r *int) {
	set := func() { r = p }
	set()
	return
}

func viaEscClosure(p *int) (r *int) {
	sinkF = func() { r = p }
	return
}

func viaReturnClosure(p *int) (r *int, f func() *int) {
	f = func() *int { return r }
	r = p
	return
}

func main() {
	a, b, c := 1, 2, 3
	x, g := viaReturnClosure(&c)
	println(*viaClosure(&a), viaEscClosure(&b) == nil, *x, *g())
}
