// constructs: loops, arrays, pointers, slicing
package main

var sink *int

func main() {
	arr := [3]int{1, 2, 3}
	var keep *int
	for _, v := range arr {
		keep = &v
	}
	s := arr[:]
	for i := range s {
		keep = &s[i]
	}
	var pa *[3]int = &arr
	for _, v := range pa {
		sink = &v
	}
	println(*keep)
}
