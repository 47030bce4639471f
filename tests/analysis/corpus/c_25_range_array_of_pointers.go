// constructs: functions, arrays, pointers, loops
package main

var sink *int

func scatter() {
	x, y := 1, 2
	arr := [2]*int{&x, &y}
	for _, p := range arr {
		sink = p
	}
}

func main() { scatter() }
