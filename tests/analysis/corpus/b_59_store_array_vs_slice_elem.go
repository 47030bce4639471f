// constructs: functions, pointers, arrays, make
package main

func arrayStore() int {
	x := 1
	var a [2]*int
	a[0] = &x
	return *a[0]
}

func sliceStore() int {
	y := 2
	s := make([]*int, 2)
	s[0] = &y
	return *s[0]
}

func main() { _, _ = arrayStore(), sliceStore() }
