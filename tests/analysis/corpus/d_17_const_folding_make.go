// constructs: make, builtins, size-limits
package main

const N = 3

func main() {
	a := make([]int, 2*N)
	b := make([]byte, 1<<16)
	c := make([]byte, 1<<16+1)
	d := make([]int, len("hello"))
	e := make([]int, len([3]int{}))
	f := make([]int, 'a')
	g := make([]int, 2.0)
	h := make([]int, int32(9))
	i := make([]int, byte(7), int64(20))
	j := make([]int64, 8192, 1e4)
	k := make([]int, N*N-N, N<<2)
	println(len(a), len(b), len(c), len(d), len(e), len(f))
	println(len(g), len(h), len(i), len(j), len(k))
}
