// constructs: functions, make, size-limits, builtins
package main

func sizes(n int) int {
	a := make([]int64, n, 100)
	b := make([]int64, 10, 10000)
	c := make([]int64, 10000, n)
	return len(a) + len(b) + len(c)
}

func main() { _ = sizes(20000) }
