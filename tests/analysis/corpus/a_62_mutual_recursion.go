// constructs: functions, pointers, recursion
package main

func even(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int {
	if n == 0 {
		return nil
	}
	return even(p, n-1)
}

func main() {
	x := 1
	_ = even(&x, 4)
}
