// constructs: functions, pointers, builtins
package main

func makePP() **int {
	x := 1
	p := &x
	return &p
}

func readPP(pp **int) int { return **pp }

func main() {
	y := 2
	q := &y
	println(readPP(&q))
	println(**makePP())
}
