// constructs: inlining, recursion, functions, pointers
package main

type node struct {
	next *node
	v    int
}

// A self-recursive function can be inlined, one level deep: into itself,
// then into its callers, where the copy's own call stops the recursion.
func depth(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + depth(n.next)
}

// Mutual recursion: each is inlined into the other once.
func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func build(k int) *node {
	var head *node
	for i := 0; i < k; i++ {
		head = &node{head, i}
	}
	return head
}

func main() {
	l := &node{nil, 1}
	println(depth(l), even(4), odd(3), build(2).v)
}
