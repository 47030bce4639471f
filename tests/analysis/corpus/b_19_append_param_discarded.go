// constructs: functions, append, loops, builtins
package main

func addAll(dst []int, xs ...int) int {
	for _, x := range xs {
		dst = append(dst, x)
	}
	return len(dst)
}

func main() { _ = addAll(nil, 1, 2, 3) }
