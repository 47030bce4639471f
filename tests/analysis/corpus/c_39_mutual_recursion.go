// constructs: functions, pointers, recursion, builtins
package main

var store *int

func even(p *int, n int) bool {
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool {
	if n == 0 {
		store = p
		return false
	}
	return even(p, n-1)
}

func main() {
	x := 4
	println(even(&x, 4))
}
