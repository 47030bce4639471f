// constructs: strings, functions
package main

var sink string

func two(a, b string) string { return a + b }

func three(a, b, c string) int { return len(a + b + c) }

func four(a, b, c, d string) { sink = a + b + c + d }

func five(a, b, c, d, e string) string {
	s := a + b + c + d + e
	return s
}

func plusEq(a, b string) string {
	s := a
	s += b
	s += "!"
	return s
}

func main() {
	four("a", "b", "c", "d")
	println(two("x", "y"), three("a", "b", "c"), five("1", "2", "3", "4", "5"), plusEq("p", "q"))
}
