// constructs: functions, pointers, recursion, closures
package main

func r(p *int, n int) *int {
	if n == 0 {
		return p
	}
	x := n
	q := r(&x, n-1)
	_ = q
	return p
}

func viaClosure(p *int, n int) *int {
	g := func() *int { return viaClosure(p, n-1) }
	if n == 0 {
		return p
	}
	return g()
}

func main() {
	a, b := 1, 2
	println(*r(&a, 2), *viaClosure(&b, 2))
}
