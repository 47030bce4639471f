// constructs: make, size-limits
package main

func sizes(n int) int {
	a := make([]byte, 65536)
	b := make([]byte, 65537)
	c := make([]int64, 8192)
	d := make([]int64, 8193)
	e := make([]byte, 10, 65537)
	f := make([]byte, n)
	k := 100000
	g := make([]byte, k)
	j := 64
	h := make([]int, j)
	const c2 = 70000
	i := make([]byte, c2)
	z := make([]struct{}, 4)
	return len(a) + len(b) + len(c) + len(d) + len(e) + len(f) + len(g) + len(h) + len(i) + len(z)
}

func main() {
	println(sizes(5))
}
