// constructs: make, size-limits, functions
package main

var sink []int

func main() {
	n := 8193
	a := make([]int64, n)
	m := 8192
	b := make([]int64, m)
	m2 := 10
	m2 = 20
	c := make([]int, m2)
	var big int = 1 << 33
	d := make([]byte, big)
	e := make([]byte, 1<<33)
	f := make([]int, 3)
	sink = f
	g := make(map[int]int, n)
	println(len(a), len(b), len(c), len(d), len(e), len(g))
}
