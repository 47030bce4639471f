// constructs: functions, closures, pointers
package main

var sink *int

func outer(p *int) func() func() *int {
	return func() func() *int {
		return func() *int { return p }
	}
}

func inner(p *int) *int {
	return func() *int {
		return func() *int { return p }()
	}()
}

func innerStore(p *int) {
	func() {
		func() { sink = p }()
	}()
}

func main() {
	a, b, c := 1, 2, 3
	println(*outer(&a)()(), *inner(&b))
	innerStore(&c)
}
