// constructs: functions, make, builtins, size-limits
package main

func f() int {
	n := 100000
	b := make([]byte, n)
	return len(b)
}

func main() { _ = f() }
