// constructs: functions, pointers, make, copy, builtins
package main

func dup(src []*int) []*int {
	dst := make([]*int, len(src))
	copy(dst, src)
	return dst
}

func count(src []*int) int {
	dst := make([]*int, 4)
	return copy(dst, src)
}

func main() { _, _ = dup(nil), count(nil) }
