// constructs: functions, structs, arrays, make, size-limits, builtins
package main

func sets(n int) int {
	a := make([]struct{}, n)
	b := make([]struct{}, 4)
	c := make([][0]int, 3)
	return len(a) + len(b) + len(c)
}

func main() { _ = sets(2) }
