// constructs: functions, arrays, pointers
package main

func f() *int {
	x, y := 1, 2
	arr := [2]*int{&x, &y}
	return arr[0]
}

func main() { _ = f() }
