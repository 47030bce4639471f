// constructs: recursion, closures, functions, pointers
package main

type Node struct {
	next *Node
	v    int
}

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	var build func(int) *Node
	build = func(n int) *Node {
		if n == 0 {
			return nil
		}
		return &Node{build(n - 1), n}
	}
	var walk func(p *Node) int
	walk = func(p *Node) int {
		if p == nil {
			return 0
		}
		return p.v + walk(p.next)
	}
	println(fib(10), walk(build(3)))
}
