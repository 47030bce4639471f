// constructs: methods, structs, pointers, slicing, self-assignment, builtins
package main

type buf struct {
	b   []*int
	arr [4]*int
}

func (p *buf) pop() { p.b = p.b[1:] }

func (p *buf) trunc(n int) { (*p).b = (*p).b[:n] }

func (p *buf) fromArr() { p.b = p.arr[:] }

func (p *buf) other(q *buf) { p.b = q.b[1:] }

func swap(s []*int, i, j int) { s[i], s[j] = s[j], s[i] }

func swapEnds(s []*int, i int) { s[i+1], s[len(s)-1] = s[len(s)-1], s[i+1] }

func main() {
	var b, c buf
	b.pop()
	b.trunc(1)
	b.fromArr()
	b.other(&c)
	swap(b.b, 0, 1)
	swapEnds(b.b, 0)
}
