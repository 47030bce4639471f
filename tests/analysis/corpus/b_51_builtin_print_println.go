// constructs: functions, pointers, slice-literals, builtins
package main

func show(p *int, s []int) {
	x := 7
	println(&x, p, len(s), cap(s))
	print("s=", s[0], "\n")
}

func main() {
	y := 1
	show(&y, []int{1})
}
