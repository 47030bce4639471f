// constructs: make, slice-literals, builtins, size-limits
package main

func main() {
	xs := []int{1, 2, 3}
	a := make([]int, len(xs))
	n := 10
	b := make([]int, n)
	n2 := 10
	n2++
	c := make([]int, n2)
	big := 100000
	d := make([]byte, big)
	e := make([]int, len([]int{1, 2}))
	f := make([]int, cap(xs))
	s := "abc"
	g := make([]byte, len(s))
	const k = 70000
	h := make([]byte, k)
	m := 5
	i := make([]int, 1, m)
	println(len(a), len(b), len(c), len(d), len(e), len(f), len(g), len(h), len(i))
}
