// constructs: functions, pointers, copy
package main

func dup(dst, src []*int) int {
	return copy(dst, src)
}

func main() { _ = dup(nil, nil) }
