// constructs: functions, make, builtins, size-limits
package main

func f() int {
	b := make([]byte, 1<<33)
	return len(b)
}

func main() { _ = f() }
