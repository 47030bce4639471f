// constructs: functions, closures, pointers
package main

var sink *int

func callIt(p *int) *int {
	f := func() *int { return p }
	return f()
}

func retIt(p *int) func() *int {
	return func() *int { return p }
}

func storeIt(p *int) {
	f := func() { sink = p }
	f()
}

func derefIt(pp **int) *int {
	return func() *int { return *pp }()
}

func main() {
	a, b, c, d := 1, 2, 3, 4
	pd := &d
	println(*callIt(&a), *retIt(&b)(), *derefIt(&pd))
	storeIt(&c)
}
