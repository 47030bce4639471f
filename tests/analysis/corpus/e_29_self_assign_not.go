// constructs: functions, structs, pointers, slicing, self-assignment
package main

type st struct {
	b []*int
	c []*int
}

func idx(i int) int { return i }

func a(p *st, i int) { p.b[i] = p.b[idx(i)] }

func b(p *st) { p.b = p.c }

func c(p *st, i int) { p.b[i] = p.c[i] }

func d(p *st) {
	q := p
	q.b = p.b[1:]
}

func e(s []*int, i int) { s[i] = s[i+1] }

func f(p, q *st) { p.b = q.b }

func main() {
	var x, y st
	a(&x, 0)
	b(&x)
	c(&x, 0)
	d(&x)
	e(x.b, 0)
	f(&x, &y)
}
