// constructs: functions, make, maps, builtins, size-limits
package main

func f(n int) int {
	a := make([]byte, 64*1024)
	b := make([]byte, 64*1024+1)
	c := make([]byte, n)
	m := make(map[string]int)
	return len(a) + len(b) + len(c) + len(m)
}

func main() { _ = f(1) }
