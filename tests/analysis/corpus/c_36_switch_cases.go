// constructs: functions, pointers, builtins
package main

var global *int

func route(kind int) int {
	a, b, c := 1, 2, 3
	switch kind {
	case 0:
		global = &a
	case 1:
		p := &b
		return *p
	default:
		_ = c
	}
	return a
}

func main() { println(route(1)) }
