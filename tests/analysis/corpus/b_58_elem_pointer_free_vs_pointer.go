// constructs: functions, pointers, slice-literals
package main

var gi int
var gp *int

func readInts(s []int) {
	gi = s[0]
}

func readPtrs(s []*int) {
	gp = s[0]
}

func main() {
	readInts([]int{1})
	readPtrs([]*int{nil})
}
