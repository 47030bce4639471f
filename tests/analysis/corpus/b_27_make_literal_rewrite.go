// constructs: functions, make, size-limits, builtins
package main

func big() int {
	n := 100000
	b := make([]byte, n)
	return len(b)
}

func small() int {
	n := 64
	b := make([]byte, n)
	return len(b)
}

func main() { _, _ = big(), small() }
