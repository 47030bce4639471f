// constructs: functions, pointers, recursion
package main

func rec(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return rec(p, n-1)
}

func main() {
	x := 1
	_ = rec(&x, 3)
}
