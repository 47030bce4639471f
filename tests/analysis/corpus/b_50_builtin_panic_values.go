// constructs: functions, pointers, slice-literals, builtins
package main

func check(s []int, i int) int {
	if i >= len(s) {
		msg := "index out of range"
		panic(msg)
	}
	return s[i]
}

func fail(p *int) {
	panic(p)
}

func main() { _ = check([]int{1}, 0) }
