// constructs: functions, pointers
package main

func f() *int {
	x := 42
	return &x
}

func main() { _ = f() }
