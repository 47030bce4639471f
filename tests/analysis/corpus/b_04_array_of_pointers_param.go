// constructs: functions, pointers, arrays
package main

func deref(a [2]*int, i int) int {
	return *a[i]
}

func main() {
	x, y := 10, 20
	_ = deref([2]*int{&x, &y}, 1)
}
