// constructs: functions, slice-literals, copy, make, builtins
package main

func clone(src []int) []int {
	dst := make([]int, len(src))
	copy(dst, src)
	return dst
}

func main() { _ = clone([]int{1, 2}) }
