// constructs: functions, pointers
package main

var global *int

func f() {
	x := 1
	global = &x
}

func main() { f() }
