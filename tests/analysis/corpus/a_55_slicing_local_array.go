// constructs: functions, arrays, slicing
package main

func sliceLocal() int {
	var a [4]int
	s := a[:]
	s[0] = 1
	return a[0]
}

func sliceReturned() []int {
	var b [4]int
	return b[:]
}

func main() { _, _ = sliceLocal(), sliceReturned() }
