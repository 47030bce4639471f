// constructs: functions, arrays, slicing, loops
package main

func window() []int {
	var a [8]int
	for i := range a {
		a[i] = i
	}
	return a[2:6]
}

func main() { _ = window() }
