// constructs: functions, pointers, builtins
package main

func check(n int) {
	if n < 0 {
		v := n
		panic(&v)
	}
}

func main() { check(1) }
