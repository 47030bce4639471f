// constructs: functions, closures, pointers, builtins
package main

var sink *int

func direct() int {
	a, b := 1, 2
	v := func() int { return a + b }()
	func() { sink = &b }()
	return v
}

func main() { println(direct()) }
