// kind: missing-return
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func (n *node) last() *node {
	for n != nil {
		if n.next == nil {
			return n
		}
		n = n.next
	}
}

func main() {
	list := &node{1, &node{2, nil}}
	fmt.Println(list.last().val)
}
