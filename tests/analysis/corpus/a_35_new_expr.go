// constructs: functions, pointers, builtins
package main

func escapes() *int {
	return new(42)
}

func stays() int {
	p := new(7)
	return *p
}

func main() { _, _ = escapes(), stays() }
