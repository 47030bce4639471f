// constructs: functions, make, maps, loops, builtins
package main

func squares(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func flags() int {
	m := make(map[int]bool, 8)
	m[1] = true
	return len(m)
}

func main() {
	_ = squares(3)
	_ = flags()
}
