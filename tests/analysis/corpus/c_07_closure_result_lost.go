// constructs: functions, closures, pointers, builtins
package main

func call(f func() *int) *int { return f() }

func viaCall() int {
	v := 5
	return *call(func() *int { return &v })
}

func direct() int {
	w := 6
	g := func() *int { return &w }
	return *g()
}

func main() { println(viaCall(), direct()) }
