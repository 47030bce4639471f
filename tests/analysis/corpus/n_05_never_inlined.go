// constructs: inlining, go, defer, builtins, pragmas, functions, pointers
package main

var sink *int

func work(p *int) { *p++ }

// go, defer and recover make a function impossible to inline, whatever its cost.
func launch(p *int) { go work(p) }

func later(p *int) { defer work(p) }

func catch() (err any) {
	defer func() { err = recover() }()
	return nil
}

func rescue() any { return recover() }

//go:noinline
func keep(p *int) *int { return p }

// The wrappers of go and defer are functions of their own, and inline what they call.
func twoDefers(p, q *int) {
	defer work(p)
	defer work(q)
}

func main() {
	x, y := 1, 2
	launch(&x)
	later(&y)
	z := 3
	sink = keep(&z)
	w := 4
	println(*keep(&w), catch(), rescue())
	a, b := 5, 6
	twoDefers(&a, &b)
}
