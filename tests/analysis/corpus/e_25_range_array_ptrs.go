// constructs: loops, arrays, pointers, slice-literals
package main

var sink *int

func main() {
	x, y := 1, 2
	arr := [2]*int{&x, &y}
	var last *int
	for _, p := range arr {
		last = p
	}
	a, b := 3, 4
	sl := []*int{&a, &b}
	for _, p := range sl {
		sink = p
	}
	c, d := 5, 6
	arr2 := [2]*int{&c, &d}
	for _, p := range &arr2 {
		sink = p
	}
	e := 7
	arr3 := [1]*int{&e}
	for i := range arr3 {
		sink = arr3[i]
	}
	println(*last)
}
