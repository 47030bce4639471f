// constructs: loops, closures, pointers
package main

var sinkF func() int

func sum(n int) int {
	total := 0
	for i := range n {
		add := func() { total += i }
		add()
	}
	return total
}

func last(n int) func() int {
	var f func() int
	for i := range n {
		f = func() int { return i * 2 }
	}
	return f
}

func main() {
	for k := range 3 {
		sinkF = func() int { return k }
	}
	println(sum(4), last(3)())
}
