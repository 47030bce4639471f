// constructs: functions, structs, pointers, recursion
package main

type node struct {
	next *node
	val  *int
}

func second(n *node) *int { return n.next.val }

func third(n *node) *node { return n.next.next.next }

func last(n *node) *int {
	if n.next == nil {
		return n.val
	}
	return last(n.next)
}

func push(n *node, v *int) *node { return &node{next: n, val: v} }

func main() {
	x := 1
	a := node{val: &x}
	b := node{next: &a}
	println(*second(&b), third(&b) == nil, *last(&b))
	y := 2
	println(push(nil, &y) != nil)
}
