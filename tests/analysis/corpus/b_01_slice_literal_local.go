// constructs: functions, slice-literals, builtins
package main

func sum3() int {
	s := []int{1, 2, 3}
	return s[0] + s[1] + s[2] + len(s)
}

func main() { _ = sum3() }
