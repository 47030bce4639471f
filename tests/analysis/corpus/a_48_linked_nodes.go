// constructs: functions, structs, pointers, loops
package main

type Node struct {
	val  int
	next *Node
}

func listLocal() int {
	c := Node{val: 3}
	b := Node{val: 2, next: &c}
	a := Node{val: 1, next: &b}
	sum := 0
	for n := &a; n != nil; n = n.next {
		sum += n.val
	}
	return sum
}

func listReturned() *Node {
	c := &Node{val: 3}
	b := &Node{val: 2, next: c}
	return &Node{val: 1, next: b}
}

func main() { _, _ = listLocal(), listReturned() }
