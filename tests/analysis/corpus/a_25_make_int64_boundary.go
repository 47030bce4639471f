// constructs: functions, make, builtins, size-limits
package main

func f() int {
	a := make([]int64, 8192)
	b := make([]int64, 8193)
	return len(a) + len(b)
}

func main() { _ = f() }
