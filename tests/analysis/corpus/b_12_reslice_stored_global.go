// constructs: functions, slicing, make
package main

var saved []int

func keep(s []int) {
	saved = s[1:3]
}

func main() {
	s := make([]int, 4)
	keep(s)
}
