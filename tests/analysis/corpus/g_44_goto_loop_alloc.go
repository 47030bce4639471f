// constructs: goto, labels, pointers, structs
package main

type N struct {
	v    int
	next *N
}

func build(n int) *N {
	var head *N
	i := 0
top:
	if i < n {
		head = &N{i, head}
		i++
		goto top
	}
	return head
}

func once() int {
	var p *N
	goto body
body:
	p = &N{v: 1}
	return p.v
}

func main() {
	println(build(3).v, once())
}
