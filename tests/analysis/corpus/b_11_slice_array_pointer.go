// constructs: functions, pointers, arrays, slicing, builtins
package main

func view(p *[8]int) []int {
	return p[2:4]
}

func main() {
	a := new([8]int)
	_ = view(a)
}
