// constructs: functions, pointers, builtins
package main

func main() {
	x := 1
	println(&x)
	p := new(int)
	println(p, *p)
}
